package org.cronista.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads publication dates as feeds, pages and JSON files write them: {@code 2023-09-13},
 * {@code 2023-09-13T10:00:00Z} (the date where it was published), {@code 20230913}, RFC 1123.
 */
final class PublicationDates {
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BASIC = Pattern.compile("\\d{8}");

    private PublicationDates() {
    }

    /** The date, or null when {@code s} is blank or in no known form. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            if (v.length() >= 10 && ISO_DATE_PREFIX.matcher(v.substring(0, 10)).matches()) {
                if (v.length() == 10) {
                    return LocalDate.parse(v);
                }
                try {
                    return OffsetDateTime.parse(v).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(v.substring(0, 10));
                }
            }
            if (BASIC.matcher(v).matches()) {
                return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
