package org.cronista.store.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cronista.store.EventStore;

/**
 * What an ingest did. {@code read = stored + present + skipped}.
 *
 * @param read        records read (articles and records that could not be read as one)
 * @param stored      articles stored
 * @param present     articles stored already (by an earlier run, or earlier in this one)
 * @param skipped     records skipped
 * @param skipReasons how many were skipped for each kind of reason, most frequent first
 * @param newEvents   events created (the others the run reported again only changed counts)
 * @param mentions    mentions stored
 * @param totals      the store's row counts afterwards
 * @param seconds     wall-clock time
 */
public record IngestSummary(long read, long stored, long present, long skipped, Map<String, Long> skipReasons,
                            long newEvents, long mentions, EventStore.Counts totals, double seconds) {
    public IngestSummary {
        skipReasons = Collections.unmodifiableMap(new LinkedHashMap<>(skipReasons));
    }

    /** Articles done per second. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }
}
