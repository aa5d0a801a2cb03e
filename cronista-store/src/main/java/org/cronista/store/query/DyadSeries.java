package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events between two actors over time: per day or week, how many fell in each QuadClass and
 * the sum of their Goldstein scores. Periods without events are present with zeros. Stateless.
 */
public final class DyadSeries {
    /** Most periods one series may have. */
    public static final int MAX_POINTS = 3700;

    private DyadSeries() {
    }

    /**
     * One period of a series.
     *
     * @param start              the period's first day
     * @param verbalCooperation  QuadClass 1 events
     * @param materialCooperation QuadClass 2 events
     * @param verbalConflict     QuadClass 3 events
     * @param materialConflict   QuadClass 4 events
     * @param goldstein          the sum of the events' Goldstein scores
     */
    public record Point(LocalDate start, int verbalCooperation, int materialCooperation, int verbalConflict,
                        int materialConflict, double goldstein) {
        /** All events of the period. */
        public int events() {
            return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
        }
    }

    /**
     * A series.
     *
     * @param a        the first actor (code prefix)
     * @param b        the second actor
     * @param directed whether only events from {@code a} to {@code b} count
     * @param period   day or week
     * @param points   one per period from the first to the last, empty when nothing matched
     */
    public record Series(String a, String b, boolean directed, Resolution period, List<Point> points) {
    }

    /**
     * The series of the events between {@code a} and {@code b} (code prefixes, checked by
     * {@link EventCriteria}) from {@code since} to {@code until}; without them, from the first to the
     * last such event.
     *
     * @throws IllegalArgumentException if the range holds more than {@link #MAX_POINTS} periods
     */
    public static Series of(Session s, String a, String b, boolean directed, Resolution period, LocalDate since,
                            LocalDate until) {
        return of(a, b, directed, period, since, until, (x, y, sink) -> {
            Session.Sql sql = new Session.Sql()
                    // coalesce: a group of unscored events sums to 0, not NULL (which JDBC reads as NaN,
                    // and a NaN would blank the whole period's sum).
                    .add("SELECT Day, QuadClass, count(*), coalesce(sum(GoldsteinScale), 0) FROM events WHERE TRUE");
            EventCriteria.dyad(sql, x, y, directed);
            EventCriteria.days(sql, since, until);
            sql.add(" GROUP BY Day, QuadClass ORDER BY Day");
            try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.add(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4));
                }
            } catch (SQLException e) {
                throw Session.failure("the dyad series", e);
            }
        });
    }

    /**
     * The events between two checked actor code prefixes, grouped by day and QuadClass, in day
     * order: how {@link #of} reads the store (from the database or from an {@link EventIndex}).
     */
    @FunctionalInterface
    interface Totals {
        /** Gives {@code sink} every group of the events between {@code x} and {@code y}, earliest day first. */
        void read(String x, String y, Group sink);
    }

    /** Receives one group of {@link Totals}: a GDELT day, a QuadClass (0 for none), its events and Goldstein sum. */
    @FunctionalInterface
    interface Group {
        void add(int day, int quadClass, long events, double goldstein);
    }

    /** The series of {@link #of}, its events read by {@code totals}. */
    static Series of(String a, String b, boolean directed, Resolution period, LocalDate since, LocalDate until,
                     Totals totals) {
        EventCriteria checked = new EventCriteria(null, null, null, List.of(a, b), null, null, null, since, until,
                null, null, null);
        String x = checked.dyad().get(0);
        String y = checked.dyad().get(1);
        if (since != null && until != null) {
            checkLength(period, since, until);
        }
        Map<LocalDate, double[]> byPeriod = new LinkedHashMap<>();
        totals.read(x, y, (day, q, events, goldstein) -> {
            double[] v = byPeriod.computeIfAbsent(period.start(EventCriteria.date(day)), k -> new double[5]);
            if (q >= 1 && q <= 4) {
                v[q - 1] += events;
            }
            v[4] += goldstein;
        });
        List<Point> points = new ArrayList<>();
        if (!byPeriod.isEmpty() || (since != null && until != null)) {
            LocalDate first = period.start(since != null ? since : byPeriod.keySet().iterator().next());
            LocalDate last = until != null ? until : byPeriod.keySet().stream().reduce((p, q) -> q).orElseThrow();
            checkLength(period, first, last);
            for (LocalDate d = first; !d.isAfter(last); d = period.next(d)) {
                double[] v = byPeriod.getOrDefault(d, new double[5]);
                points.add(new Point(d, (int) v[0], (int) v[1], (int) v[2], (int) v[3], Math.round(v[4] * 10) / 10.0));
            }
        }
        return new Series(x, y, directed, period, points);
    }

    private static void checkLength(Resolution period, LocalDate since, LocalDate until) {
        long n = period == Resolution.DAY ? until.toEpochDay() - since.toEpochDay() + 1
                : (until.toEpochDay() - since.toEpochDay()) / 7 + 1;
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("the range holds " + n + " " + period.name().toLowerCase(java.util.Locale.ROOT)
                    + "s, more than " + MAX_POINTS + "; shorten it or count by week");
        }
    }
}
