package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cronista.api.events.PloverType;
import org.cronista.store.query.EventFilter;
import org.cronista.store.query.ExportFormat;
import org.cronista.store.query.Exporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportIT {
    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void ingest() throws Exception {
        db = dir.resolve("db.duckdb");
        try (EventStore s = EventStore.open(db)) {
            TestCorpus.ingest(s, List.of(TestCorpus.threeReports(dir), TestCorpus.generated(dir, 300)), null);
        }
    }

    @Test
    void theGdeltExportHas61ColumnsOnEveryLineAndDuckDbReadsItBackWithGdeltTypes() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        try (EventStore s = EventStore.openReadOnly(db)) {
            long rows = Exporter.export(s.connection(), EventFilter.ALL, ExportFormat.GDELT, out);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(lines).hasSize((int) rows).hasSize((int) s.counts().events());
            assertThat(lines).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
            String read = "read_csv('" + out + "', delim = '\t', header = false, quote = '', escape = '', "
                    + "auto_detect = false, columns = " + GdeltColumns.readCsvColumns(GdeltColumns.EVENTS) + ")";
            assertThat(IngestIT.strings(s.connection(), "SELECT count(*) FROM (SELECT GlobalEventID, Day, EventCode, "
                    + "GoldsteinScale, NumMentions, NumSources, NumArticles, SOURCEURL FROM " + read + " EXCEPT "
                    + "SELECT GlobalEventID, Day, EventCode, GoldsteinScale, NumMentions, NumSources, NumArticles, "
                    + "SOURCEURL FROM events)")).containsExactly("0");
            assertThat(IngestIT.strings(s.connection(), "SELECT DISTINCT typeof(EventCode) || ' ' || typeof(Day) || ' '"
                    + " || typeof(GoldsteinScale) FROM " + read)).containsExactly("VARCHAR INTEGER DOUBLE");
            assertThat(IngestIT.strings(s.connection(), "SELECT min(EventCode) FROM " + read)).containsExactly("051");
        }
    }

    @Test
    void theMentionsExportHasGdeltsSixteenColumnsForEveryMentionOfAnEvent() throws Exception {
        Path out = dir.resolve("mentions.tsv");
        try (EventStore s = EventStore.openReadOnly(db)) {
            long rows = Exporter.export(s.connection(), EventFilter.ALL, ExportFormat.GDELT_MENTIONS, out);
            assertThat(IngestIT.strings(s.connection(), "SELECT count(*) FROM mentions WHERE event_id IS NOT NULL"))
                    .containsExactly(String.valueOf(rows));
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(lines).hasSize((int) rows).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(16));
            String read = "read_csv('" + out + "', delim = '\t', header = false, quote = '', escape = '', "
                    + "auto_detect = false, columns = " + GdeltColumns.readCsvColumns(GdeltColumns.MENTIONS) + ")";
            assertThat(IngestIT.strings(s.connection(), "SELECT count(*) FROM " + read
                    + " r JOIN events e USING (GlobalEventID) WHERE r.SentenceID >= 1 AND r.ActionCharOffset >= 0"))
                    .containsExactly(String.valueOf(rows));
        }
    }

    @Test
    void theParquetExportReadsBackWithTheSameRows() throws Exception {
        Path out = dir.resolve("events.parquet");
        try (EventStore s = EventStore.openReadOnly(db)) {
            long rows = Exporter.export(s.connection(), EventFilter.ALL, ExportFormat.PARQUET, out);
            assertThat(rows).isEqualTo(s.counts().events());
            String p = "read_parquet('" + out + "')";
            assertThat(IngestIT.strings(s.connection(), "SELECT (SELECT count(*) FROM " + p + "), "
                    + "(SELECT count(*) FROM (SELECT * FROM events EXCEPT SELECT * FROM " + p + ")), "
                    + "(SELECT count(*) FROM (SELECT * FROM " + p + " EXCEPT SELECT * FROM events))"))
                    .containsExactly(rows + "|0|0");
        }
    }

    @Test
    void csvAndJsonLinesExportTheFilteredEvents() throws Exception {
        EventFilter russiaAccuses = new EventFilter(null, "rus", null, null, PloverType.ACCUSE, null, null, null, 0);
        try (EventStore s = EventStore.openReadOnly(db)) {
            long expected = Long.parseLong(IngestIT.strings(s.connection(),
                    "SELECT count(*) FROM events WHERE Actor1Code LIKE 'RUS%' AND Plover = 'ACCUSE'").get(0));
            assertThat(expected).isPositive();
            Path csv = dir.resolve("r.csv");
            assertThat(Exporter.export(s.connection(), russiaAccuses, ExportFormat.CSV, csv)).isEqualTo(expected);
            assertThat(Files.readAllLines(csv)).hasSize((int) expected + 1).first().asString().startsWith("GlobalEventID,Day,");
            Path jsonl = dir.resolve("r.jsonl");
            assertThat(Exporter.export(s.connection(), new EventFilter("UKR", null, null, "11", null,
                    java.time.LocalDate.of(2024, 3, 4), java.time.LocalDate.of(2024, 3, 4), null, 1),
                    ExportFormat.JSONL, jsonl)).isEqualTo(1);
            assertThat(Files.readString(jsonl)).contains("\"Actor2Code\":\"UKR\"").contains("\"Day\":20240304");
        }
    }
}
