package org.cronista.eval;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over a set of {@link RecordResult}s: precision, recall and F1 at each level, PLOVER-type
 * agreement, the shares of records exactly right, with missed and with extra events, and the
 * confusion of CAMEO roots. Not thread-safe: fill it from one thread.
 */
public final class Scores {
    private final Map<Level, long[]> counts = new EnumMap<>(Level.class);
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private int records;
    private int expectingEvents;
    private int exactOnEvents;
    private int expectingNone;
    private int noneOnNone;
    private int correct;
    private int withMissed;
    private int withExtra;
    private int errorRecords;
    private int failures;
    private int ploverSame;
    private int ploverAll;
    private boolean fullCodes;

    /** Empty totals. */
    public Scores() {
        for (Level lv : Level.values()) {
            counts.put(lv, new long[4]);
        }
    }

    /** Adds one record's result. */
    public Scores add(RecordResult r) {
        if (!r.scored()) {
            errorRecords++;
            return this;
        }
        records++;
        if (r.failure() != null) {
            failures++;
        }
        boolean rootsOnly = !r.record().events().isEmpty() && r.record().events().stream().noneMatch(GoldEvent::fullCode);
        for (var e : r.levels().entrySet()) {
            if (rootsOnly && e.getKey() == Level.ACTOR_CODE) {
                continue; // the gold gives no full code to compare with
            }
            long[] c = counts.get(e.getKey());
            RecordResult.Comparison x = e.getValue();
            c[0] += x.gold();
            c[1] += x.coded();
            c[2] += x.goldMatched();
            c[3] += x.codedMatched();
        }
        fullCodes |= r.levels().get(Level.ACTOR_CODE).gold() > 0;
        RecordResult.Comparison fin = r.levels().get(r.finest());
        boolean right = r.correct();
        if (r.record().expectsNone()) {
            expectingNone++;
            noneOnNone += r.coded().isEmpty() ? 1 : 0;
        } else {
            expectingEvents++;
            exactOnEvents += right ? 1 : 0;
        }
        correct += right ? 1 : 0;
        withMissed += fin.missed().isEmpty() ? 0 : 1;
        withExtra += fin.extra().isEmpty() ? 0 : 1;
        ploverSame += r.ploverSame();
        ploverAll += r.ploverAll();
        for (String[] pair : r.confusion()) {
            confusion.computeIfAbsent(pair[0], k -> new TreeMap<>()).merge(pair[1], 1, Integer::sum);
        }
        return this;
    }

    /** Gold events that count at a level. */
    public long gold(Level lv) {
        return counts.get(lv)[0];
    }

    /** Coded events that count at a level. */
    public long coded(Level lv) {
        return counts.get(lv)[1];
    }

    /** Gold events found at a level. */
    public long found(Level lv) {
        return counts.get(lv)[2];
    }

    /** Coded events that are right at a level. */
    public long right(Level lv) {
        return counts.get(lv)[3];
    }

    /** Precision at a level: right coded events over coded events (1 when nothing was coded). */
    public double precision(Level lv) {
        return coded(lv) == 0 ? 1.0 : (double) right(lv) / coded(lv);
    }

    /** Recall at a level: gold events found over gold events (1 when there were none). */
    public double recall(Level lv) {
        return gold(lv) == 0 ? 1.0 : (double) found(lv) / gold(lv);
    }

    /** F1 at a level. */
    public double f1(Level lv) {
        double p = precision(lv);
        double r = recall(lv);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Whether any gold event had a full code, so that the full-code level means something. */
    public boolean hasFullCodes() {
        return fullCodes;
    }

    /** Scored records (those not expecting an input error). */
    public int records() {
        return records;
    }

    /** Records that expect at least one event. */
    public int expectingEvents() {
        return expectingEvents;
    }

    /** Records expecting events for which exactly the expected events were coded. */
    public int exactOnEvents() {
        return exactOnEvents;
    }

    /** Records that expect no event. */
    public int expectingNone() {
        return expectingNone;
    }

    /** Records expecting no event for which none was coded. */
    public int noneOnNone() {
        return noneOnNone;
    }

    /** Records fully correct (no missed, no extra event at the finest level). */
    public int correct() {
        return correct;
    }

    /** Records with at least one missed event. */
    public int withMissed() {
        return withMissed;
    }

    /** Records with at least one extra event. */
    public int withExtra() {
        return withExtra;
    }

    /** Records that expect an input error (PETRARCH) and are not scored. */
    public int errorRecords() {
        return errorRecords;
    }

    /** Records that could not be coded at all (unsupported language). */
    public int failures() {
        return failures;
    }

    /** Gold events whose dyad was coded with the same PLOVER type. */
    public int ploverSame() {
        return ploverSame;
    }

    /** Gold events with a PLOVER type whose dyad was coded. */
    public int ploverAll() {
        return ploverAll;
    }

    /** Counts of (gold root → coded root), {@code -} for none. */
    public Map<String, Map<String, Integer>> confusion() {
        return confusion;
    }
}
