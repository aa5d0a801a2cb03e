package org.cronista.store.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The length of the periods a time series is counted in: a day, or an ISO week starting on Monday. */
public enum Resolution {
    DAY, WEEK;

    /** The first day of the period that holds {@code d}. */
    public LocalDate start(LocalDate d) {
        return this == DAY ? d : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the period after the one that starts on {@code start}. */
    public LocalDate next(LocalDate start) {
        return this == DAY ? start.plusDays(1) : start.plusWeeks(1);
    }

    /** The first day of the period {@code n} periods before the one that starts on {@code start}. */
    public LocalDate minus(LocalDate start, int n) {
        return this == DAY ? start.minusDays(n) : start.minusWeeks(n);
    }
}
