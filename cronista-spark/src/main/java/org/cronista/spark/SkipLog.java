package org.cronista.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.util.AccumulatorV2;
import org.cronista.ingest.Skip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark accumulator of skipped records: how many of each kind of reason ({@link Skip#kind()}),
 * and the first few skips themselves (by origin) as examples for the summary, so that a run over
 * millions of records sends the driver counts, not a list; each skip is logged (INFO) where it
 * happens. Like every accumulator updated inside
 * a transformation, a task that Spark runs again (a lost executor) counts its records again.
 * Not thread-safe, as Spark's accumulators need not be: each task has its own copy.
 */
final class SkipLog extends AccumulatorV2<Skip, SkipLog.Value> {
    /** Examples kept. */
    static final int EXAMPLES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(SkipLog.class);

    private Value value = new Value(new TreeMap<>(), new ArrayList<>());

    /**
     * What was skipped.
     *
     * @param kinds    skips per kind of reason
     * @param examples up to {@link #EXAMPLES} skips ({@code origin: reason}), the first by origin
     */
    record Value(Map<String, Long> kinds, List<String> examples) implements Serializable {
        /** Skips in all. */
        long total() {
            return kinds.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The kinds, most frequent first. */
        Map<String, Long> byFrequency() {
            Map<String, Long> out = new LinkedHashMap<>();
            kinds.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        }
    }

    @Override
    public boolean isZero() {
        return value.kinds().isEmpty();
    }

    @Override
    public SkipLog copy() {
        SkipLog c = new SkipLog();
        c.value = new Value(new TreeMap<>(value.kinds()), new ArrayList<>(value.examples()));
        return c;
    }

    @Override
    public void reset() {
        value = new Value(new TreeMap<>(), new ArrayList<>());
    }

    @Override
    public void add(Skip s) {
        LOG.info("skipped {}", s);
        value.kinds().merge(s.kind(), 1L, Long::sum);
        keep(List.of(s.toString()));
    }

    @Override
    public void merge(AccumulatorV2<Skip, Value> other) {
        Value o = other.value();
        o.kinds().forEach((k, n) -> value.kinds().merge(k, n, Long::sum));
        keep(o.examples());
    }

    private void keep(List<String> more) {
        List<String> ex = value.examples();
        ex.addAll(more);
        Collections.sort(ex);
        if (ex.size() > EXAMPLES) {
            ex.subList(EXAMPLES, ex.size()).clear();
        }
    }

    @Override
    public Value value() {
        return value;
    }
}
