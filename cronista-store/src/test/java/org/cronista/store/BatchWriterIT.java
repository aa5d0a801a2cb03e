package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;
import org.cronista.output.GdeltEventRow;
import org.cronista.output.GeoLabels;
import org.cronista.store.ingest.ArticleRows;
import org.cronista.store.ingest.BatchWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchWriterIT {
    @TempDir
    Path dir;

    @Test
    void aBatchThatFailsStoresNothingOfItsArticlesMentionsOrEvents() throws Exception {
        Knowledge k = TestCorpus.pipeline().knowledge();
        GdeltEventRow gdelt = new GdeltEventRow(new GeoLabels(k.gazetteer(), k.countries()));
        ArticleRows first = rows("Spain praised Portugal for its cooperation.", gdelt);
        ArticleRows second = rows("Egypt accused Sudan of violating the ceasefire.", gdelt);
        try (EventStore s = EventStore.open(dir.resolve("db.duckdb")); BatchWriter w = BatchWriter.open(s)) {
            w.write(List.of(first));
            EventStore.Counts before = s.counts();
            String snapshot = IngestIT.snapshot(s.connection());
            assertThatThrownBy(() -> w.write(List.of(second, first))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("could not store a batch of 2 articles");
            assertThat(s.counts()).isEqualTo(before);
            assertThat(IngestIT.snapshot(s.connection())).isEqualTo(snapshot);
            assertThat(w.write(List.of(second)).stored()).as("the writer goes on after a failed batch").isEqualTo(1);
        }
    }

    private static ArticleRows rows(String text, GdeltEventRow gdelt) throws Exception {
        Article a = new Article(text, null, "Test Wire", LocalDate.of(2024, 3, 5), LanguageTag.EN, null, text);
        return ArticleRows.of(ArticleId.of(a), TestCorpus.pipeline().code(a), gdelt, Instant.now());
    }
}
