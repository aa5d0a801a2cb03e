package org.cronista.store.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tension between pairs of countries, and alerts when it rises far above its own history: the
 * early-warning view.
 *
 * <p>Definition. A dyad is an unordered pair of actors taken at country level (the actor's
 * country code, or its whole code when it has none, as for international organisations), in
 * either direction. Its <b>conflict score</b> in a period (a day or an ISO week) is the sum of
 * {@code -GoldsteinScale} over its conflict events (QuadClass 3 and 4) of that period, so that a
 * military attack (-10) weighs five times a complaint (-2). The <b>current period</b> is the one that
 * holds the reference day ({@code asOf}; by default the latest day with an event in the store),
 * counted up to that day; its <b>baseline</b> is the {@code baseline} periods before it, periods
 * without conflict counting as 0. The dyad's <b>z-score</b> is
 * {@code (current - mean(baseline)) / max(sd(baseline), 1)} (population standard deviation; the
 * floor of one Goldstein point keeps a silent history from making any event infinitely
 * surprising). An <b>alert</b> is raised when {@code z >= zThreshold} and the current period holds at
 * least {@code minEvents} conflict events. Stateless.
 */
public final class Tension {
    /** Conflict events listed with each alert, at most. */
    public static final int EVENTS_PER_ALERT = 50;
    private static final String X = "coalesce(Actor1CountryCode, Actor1Code)";
    private static final String Y = "coalesce(Actor2CountryCode, Actor2Code)";

    private Tension() {
    }

    /**
     * How tension is measured.
     *
     * @param period     day or week
     * @param baseline   how many periods before the current one form its baseline (2 to 520)
     * @param zThreshold the z-score from which an alert is raised
     * @param minEvents  the fewest conflict events in the current period for an alert
     * @param asOf       the reference day, or null for the latest day with an event
     */
    public record Settings(Resolution period, int baseline, double zThreshold, int minEvents, LocalDate asOf) {
        /** Weekly scores against the twelve weeks before, alerts from z = 3 with three events. */
        public static final Settings DEFAULT = new Settings(Resolution.WEEK, 12, 3.0, 3, null);

        public Settings {
            if (baseline < 2 || baseline > 520) {
                throw new IllegalArgumentException("baseline must be 2 to 520 periods: " + baseline);
            }
            if (minEvents < 1) {
                throw new IllegalArgumentException("min_events must be at least 1: " + minEvents);
            }
            if (Double.isNaN(zThreshold) || Double.isInfinite(zThreshold)) {
                throw new IllegalArgumentException("z must be a number");
            }
        }
    }

    /**
     * One dyad's tension.
     *
     * @param a       the alphabetically first actor
     * @param b       the other actor
     * @param events  conflict events in the current period
     * @param score   the current period's conflict score
     * @param mean    the baseline's mean score
     * @param sd      the baseline's standard deviation
     * @param z       the current score's z-score against the baseline
     * @param alert   whether it raises an alert
     * @param history the baseline's scores, oldest first, then the current one
     */
    public record DyadTension(String a, String b, int events, double score, double mean, double sd, double z,
                              boolean alert, List<Double> history) {
    }

    /**
     * The tension of every dyad with conflict in the baseline or current period.
     *
     * @param settings how it was measured
     * @param start    the current period's first day
     * @param end      its last day counted (the reference day)
     * @param first    the baseline's first day
     * @param dyads    by z-score, highest first
     */
    public record Report(Settings settings, LocalDate start, LocalDate end, LocalDate first, List<DyadTension> dyads) {
    }

    /**
     * An alert with the conflict events of its current period.
     *
     * @param tension the dyad's tension
     * @param events  its conflict events in the current period, most violent first (at most {@link #EVENTS_PER_ALERT})
     */
    public record Alert(DyadTension tension, List<EventRow> events) {
    }

    /** The tension report, at most {@code limit} dyads. */
    public static Report report(Session s, Settings settings, int limit) {
        if (limit < 1 || limit > Events.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + Events.MAX_LIMIT + ": " + limit);
        }
        try {
            LocalDate end = settings.asOf() != null ? settings.asOf() : latestDay(s);
            Resolution p = settings.period();
            LocalDate start = p.start(end);
            LocalDate first = p.minus(start, settings.baseline());
            Session.Sql sql = new Session.Sql().add("SELECT least(x, y), greatest(x, y), Day, count(*), sum(s) FROM ("
                    + "SELECT " + X + " AS x, " + Y + " AS y, Day, -coalesce(GoldsteinScale, 0) AS s FROM events"
                    + " WHERE QuadClass IN (3, 4) AND Actor2Code IS NOT NULL");
            EventCriteria.days(sql, first, end);
            sql.add(") WHERE x <> y GROUP BY ALL");
            Map<List<String>, double[][]> byDyad = new HashMap<>();
            int n = settings.baseline() + 1;
            try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double[][] v = byDyad.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)),
                            k -> new double[2][n]);
                    int i = index(p, first, EventCriteria.date(rs.getInt(3)));
                    v[0][i] += rs.getDouble(5);
                    v[1][i] += rs.getLong(4);
                }
            }
            List<DyadTension> dyads = new ArrayList<>(byDyad.size());
            byDyad.forEach((k, v) -> dyads.add(measure(k.get(0), k.get(1), v[0], (int) v[1][n - 1], settings)));
            dyads.sort(Comparator.comparingDouble(DyadTension::z).reversed()
                    .thenComparing(Comparator.comparingDouble(DyadTension::score).reversed())
                    .thenComparing(DyadTension::a).thenComparing(DyadTension::b));
            return new Report(settings, start, end, first, List.copyOf(dyads.subList(0, Math.min(limit, dyads.size()))));
        } catch (SQLException e) {
            throw Session.failure("the tension report", e);
        }
    }

    /** The alerts of the report, each with the conflict events behind it. */
    public static List<Alert> alerts(Session s, Settings settings) {
        Report r = report(s, settings, Events.MAX_LIMIT);
        List<Alert> out = new ArrayList<>();
        for (DyadTension t : r.dyads()) {
            if (!t.alert()) {
                continue;
            }
            Session.Sql sql = new Session.Sql().add("SELECT " + EventRow.COLUMNS + " FROM events"
                    + " WHERE QuadClass IN (3, 4) AND least(" + X + ", " + Y + ") = ? AND greatest(" + X + ", " + Y + ") = ?",
                    t.a(), t.b());
            EventCriteria.days(sql, r.start(), r.end());
            sql.add(" ORDER BY GoldsteinScale, Day, GlobalEventID LIMIT ?", EVENTS_PER_ALERT);
            List<EventRow> events = new ArrayList<>();
            try (PreparedStatement ps = s.prepare(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(EventRow.read(rs));
                }
            } catch (SQLException e) {
                throw Session.failure("the events of an alert", e);
            }
            out.add(new Alert(t, events));
        }
        return out;
    }

    /** A dyad's tension from its scores per period (baseline first, current last). */
    static DyadTension measure(String a, String b, double[] scores, int currentEvents, Settings settings) {
        int n = scores.length - 1;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += scores[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (scores[i] - mean) * (scores[i] - mean);
        }
        double sd = Math.sqrt(var / n);
        double current = scores[n];
        double z = (current - mean) / Math.max(sd, 1.0);
        List<Double> history = new ArrayList<>(scores.length);
        for (double v : scores) {
            history.add(round(v));
        }
        return new DyadTension(a, b, currentEvents, round(current), round(mean), round(sd), round(z),
                z >= settings.zThreshold() && currentEvents >= settings.minEvents(), history);
    }

    private static int index(Resolution p, LocalDate first, LocalDate day) {
        long d = day.toEpochDay() - first.toEpochDay();
        return (int) (p == Resolution.DAY ? d : d / 7);
    }

    private static LocalDate latestDay(Session s) throws SQLException {
        try (PreparedStatement ps = s.prepare(new Session.Sql().add("SELECT max(Day) FROM events"));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int d = rs.getInt(1);
            return rs.wasNull() ? LocalDate.now() : EventCriteria.date(d);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
