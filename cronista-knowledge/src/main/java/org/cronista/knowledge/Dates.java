package org.cronista.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** ISO 8601 date cells of knowledge files. */
final class Dates {
    private Dates() {
    }

    /** Parses a date cell; empty gives null; a bad date adds a problem and gives null. */
    static LocalDate parse(Tsv.Row row, String column, List<Problem> problems) {
        String s = row.get(column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(row.problem(column + " is not an ISO date (YYYY-MM-DD): '" + s + "'"));
            return null;
        }
    }

    /** Whether {@code date} lies in the closed range [from, until]; nulls are open ends. */
    static boolean within(LocalDate date, LocalDate from, LocalDate until) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
