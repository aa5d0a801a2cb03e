package org.cronista.knowledge;

import java.time.LocalDate;

/**
 * A state or territory ({@code world/countries.tsv}).
 *
 * @param code    CAMEO country code (ISO alpha-3 where one exists)
 * @param iso2    ISO alpha-2 code used to read CLDR names, or null
 * @param fips    FIPS 10-4 code used by GDELT's geographic fields, or null
 * @param status  {@code un}, {@code observer}, {@code territory}, {@code disputed} or {@code former}
 * @param from    first day of existence, or null
 * @param until   last day of existence, or null
 * @param capital place id of the capital, or null
 * @param region  CAMEO region code, or null
 * @param ref     {@code file:line} of the entry
 */
public record Country(String code, String iso2, String fips, String status, LocalDate from, LocalDate until,
                      String capital, String region, String ref) {

    /** Whether this is a UN member state. */
    public boolean unMember() {
        return "un".equals(status);
    }
}
