package org.cronista.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.cronista.ingest.Skip;
import org.junit.jupiter.api.Test;

class SkipLogTest {
    @Test
    void tasksCountsAreAddedUpByKindOfReasonAndOnlyTheFirstExamplesAreKept() {
        SkipLog a = new SkipLog();
        SkipLog b = new SkipLog();
        for (int i = 0; i < 30; i++) {
            (i % 2 == 0 ? a : b).add(new Skip(String.format("f.jsonl:%02d", i), "not valid JSON (line " + i + ")"));
        }
        b.add(new Skip("crawl.warc.gz@120", "truncated record (length)"));
        SkipLog all = a.copy();
        all.merge(b);

        assertThat(all.value().byFrequency()).containsExactly(
                java.util.Map.entry("not valid JSON", 30L), java.util.Map.entry("truncated record", 1L));
        assertThat(all.value().total()).isEqualTo(31);
        assertThat(all.value().examples()).hasSize(SkipLog.EXAMPLES).first().isEqualTo("crawl.warc.gz@120: truncated record (length)");
        assertThat(a.value().total()).isEqualTo(15);
    }

    @Test
    void aResetLogIsZero() {
        SkipLog log = new SkipLog();
        log.add(new Skip("a.txt", "empty"));
        assertThat(log.isZero()).isFalse();
        log.reset();
        assertThat(log.isZero()).isTrue();
        assertThat(log.copy().value().examples()).isEmpty();
    }
}
