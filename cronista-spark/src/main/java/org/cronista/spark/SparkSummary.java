package org.cronista.spark;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run did, as {@code cronista ingest} reports it: {@code read = stored + present + skipped}.
 *
 * @param read        records read (articles, and records that could not be read as one)
 * @param stored      distinct articles coded and written
 * @param present     articles read again (the same text met earlier in the run)
 * @param skipped     records skipped
 * @param skipReasons skips per kind of reason, most frequent first
 * @param examples    some of the skips ({@code origin: reason}), the first by origin
 * @param events      distinct events written
 * @param mentions    mentions written
 * @param seconds     wall-clock time of the job
 */
public record SparkSummary(long read, long stored, long present, long skipped, Map<String, Long> skipReasons,
                           List<String> examples, long events, long mentions, double seconds) {
    public SparkSummary {
        skipReasons = Collections.unmodifiableMap(new LinkedHashMap<>(skipReasons));
        examples = List.copyOf(examples);
    }

    /** Records done per second. */
    public double articlesPerSecond() {
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** Prints the summary: counts, skip reasons, some skipped records, and the speed. */
    public void print(PrintWriter out) {
        StringBuilder reasons = new StringBuilder();
        skipReasons.forEach((kind, n) -> reasons.append(reasons.isEmpty() ? " (" : ", ").append(kind).append(": ")
                .append(n));
        if (!reasons.isEmpty()) {
            reasons.append(')');
        }
        out.printf(Locale.ROOT, "read %,d: stored %,d, already present %,d, skipped %,d%s%n",
                read, stored, present, skipped, reasons);
        for (String e : examples) {
            out.println("  skipped " + e);
        }
        if (skipped > examples.size()) {
            out.printf(Locale.ROOT, "  … and %,d more (each is in its executor's log)%n", skipped - examples.size());
        }
        out.printf(Locale.ROOT, "events: %,d, mentions: %,d%n", events, mentions);
        out.printf(Locale.ROOT, "%.1f seconds, %,.0f articles/s%n", seconds, articlesPerSecond());
        out.flush();
    }
}
