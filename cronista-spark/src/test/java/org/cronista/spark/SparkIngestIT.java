package org.cronista.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.cronista.ingest.ReadOptions;
import org.cronista.store.EventStore;
import org.cronista.store.StoreSchema;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;
import org.cronista.store.query.EventFilter;
import org.cronista.store.query.ExportFormat;
import org.cronista.store.query.Exporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Spark application in local mode and compares what it writes with what the embedded
 * store holds after {@code cronista ingest} of the same input, and with that store's Parquet
 * export: the same articles, mentions and events, with the same counts.
 */
class SparkIngestIT {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 5);
    /** Columns that hold the time of the run, which differs between any two runs. */
    private static final List<String> RUN_TIME = List.of("ingested_at", "DATEADDED");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("cronista-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyKindOfInputGivesTheTablesOfTheEmbeddedStoreBadRecordsAreCountedAndTheArticlesTableCodesAgain() throws Exception {
        Path in = Fixtures.inputs(dir);
        Path out = dir.resolve("out");
        Path db = dir.resolve("store.duckdb");
        Runs runs = runBoth(in, out, db);
        SparkSummary s = runs.spark();
        IngestSummary e = runs.embedded();
        assertThat(s.skipReasons()).isEqualTo(e.skipReasons()).containsOnlyKeys("not valid JSON", "empty text",
                "unreadable date", "no model for language", "binary data");
        assertThat(s.examples()).anyMatch(x -> x.startsWith(in.resolve("wire.jsonl") + ":7: not valid JSON"));
        try (Connection c = duck(db)) {
            assertSameSchema(c, out);
            assertSameRows(c, out);
            Path export = dir.resolve("export.parquet");
            try (EventStore store = EventStore.openReadOnly(db)) {
                Exporter.export(store.connection(), EventFilter.ALL, ExportFormat.PARQUET, export);
            }
            assertSameRows(c, "read_parquet('" + export + "')", spark(out, "events"), columns(StoreSchema.eventColumns()));
            assertThat(strings(c, "SELECT Actor1Code || ' ' || EventCode || ' ' || Actor2Code || ' ' || Day || ' '"
                    + " || NumMentions || '/' || NumArticles || '/' || NumSources FROM " + spark(out, "events")
                    + " WHERE Actor1Code = 'RUS' ORDER BY Day"))
                    .containsExactly("RUS 111 UKR 20240304 5/4/3");
        }

        // The articles table read back from Parquet is coded to the same tables.
        Path again = dir.resolve("again");
        SparkSummary r = SparkIngest.run(spark, options(List.of(), List.of(out.resolve("articles").toString()), again));
        assertThat(List.of(r.read(), r.stored(), r.skipped())).containsExactly(s.stored(), s.stored(), 0L);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String t : SparkIngest.TABLES) {
                assertSameRows(c, spark(out, t), spark(again, t), columns(c, spark(out, t)));
            }
        }
    }

    @Test
    void anExistingOutputIsRefusedAndAMissingInputOrAnInputOfBadRecordsOnlyIsCountedAsSkipped() throws Exception {
        Path in = Fixtures.inputs(dir);
        Path out = dir.resolve("out");
        SparkSummary s = SparkIngest.run(spark, options(List.of(in.resolve("notes").toString(),
                dir.resolve("nowhere.jsonl").toString()), List.of(), out));

        assertThat(s.stored()).isEqualTo(1);
        assertThat(s.skipReasons()).containsExactly(Map.entry("no such file", 1L));
        assertThatThrownBy(() -> SparkIngest.run(spark, options(List.of(in.toString()), List.of(), out)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists already");
        SparkSummary none = SparkIngest.run(spark, options(List.of(in.resolve("junk.bin").toString()), List.of(),
                dir.resolve("none")));
        assertThat(List.of(none.read(), none.stored(), none.skipped(), none.events())).containsExactly(1L, 0L, 1L, 0L);
    }

    @Test
    void aSampleOfTheSharedCorporaGivesTheEventsOfTheEmbeddedStore() throws Exception {
        String shared = System.getProperty("cronista.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpora")),
                "the shared corpora are absent");
        Path corpora = Path.of(shared, "corpora");
        Path in = Files.createDirectories(dir.resolve("sample"));
        Map<String, Integer> sample = new LinkedHashMap<>();
        sample.put("reuters21578/reuters21578_politics_world.jsonl", 100);
        sample.put("kind_wikinews_it/kind_wikinews_it.jsonl", 40);
        sample.put("conll2002_efe_es/conll2002_efe_es.jsonl", 40);
        sample.put("masakhanews_fr/masakhanews_fr.jsonl", 30);
        for (Map.Entry<String, Integer> e : sample.entrySet()) {
            Path f = corpora.resolve(e.getKey());
            Assumptions.assumeTrue(Files.isRegularFile(f), f + " is absent");
            try (Stream<String> lines = Files.lines(f);
                 Writer w = Files.newBufferedWriter(in.resolve(f.getFileName()), StandardCharsets.UTF_8)) {
                for (String line : (Iterable<String>) lines.limit(e.getValue())::iterator) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        Path out = dir.resolve("out");
        Path db = dir.resolve("store.duckdb");
        Runs runs = runBoth(in, out, db);
        SparkSummary s = runs.spark();
        IngestSummary e = runs.embedded();
        assertThat(s.events()).isEqualTo(e.totals().events()).isGreaterThan(30);
        try (Connection c = duck(db)) {
            assertSameRows(c, out);
        }
    }

    /** What the Spark application and the embedded ingest reported on the same input. */
    private record Runs(SparkSummary spark, IngestSummary embedded) {
    }

    /**
     * Runs the Spark application on {@code in} into {@code out} and the embedded ingest into
     * {@code db}, and checks that both read, stored and skipped the same records.
     */
    private static Runs runBoth(Path in, Path out, Path db) {
        SparkSummary s = SparkIngest.run(spark, options(List.of(in.toString()), List.of(), out));
        IngestSummary e = embedded(in, db);
        assertThat(List.of(s.read(), s.stored(), s.present(), s.skipped()))
                .containsExactly(e.read(), e.stored(), e.present(), e.skipped());
        return new Runs(s, e);
    }

    private static SparkOptions options(List<String> inputs, List<String> articles, Path out) {
        return new SparkOptions(inputs, articles, out.toString(), DATE, null, 0, List.of(), false);
    }

    /** {@code cronista ingest} of the same input, with the same pipeline. */
    private static IngestSummary embedded(Path in, Path db) {
        try (EventStore store = EventStore.open(db)) {
            Ingester ingester = Ingester.create(store, Coding.get(List.of()).pipeline(), new Ingester.Settings(2, 50, 200));
            return ingester.run(List.of(in), new ReadOptions(DATE, null), new IngestProgress(), skip -> { });
        }
    }

    /** An in-memory DuckDB with the store attached, read-only, as {@code store}. */
    private static Connection duck(Path db) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = c.createStatement()) {
            s.execute("ATTACH '" + db + "' AS store (READ_ONLY)");
        }
        return c;
    }

    private static String spark(Path out, String table) {
        return "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
    }

    /** Every table holds the same rows as the store's, but for the time of the run. */
    private static void assertSameRows(Connection c, Path out) throws SQLException {
        for (String t : SparkIngest.TABLES) {
            assertSameRows(c, "store." + t, spark(out, t), columns(c, "store." + t));
        }
    }

    /** The columns of a table, but for the time of the run, as a select list. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        return columns(strings(c, "SELECT column_name FROM (DESCRIBE SELECT * FROM " + table + ")"));
    }

    private static List<String> columns(List<String> names) {
        return names.stream().filter(n -> !RUN_TIME.contains(n)).map(n -> '"' + n + '"').toList();
    }

    private static void assertSameRows(Connection c, String expected, String actual, List<String> columns)
            throws SQLException {
        String cols = String.join(", ", columns);
        String a = "SELECT " + cols + " FROM " + expected;
        String b = "SELECT " + cols + " FROM " + actual;
        assertThat(strings(c, "SELECT count(*) FROM " + expected)).as(expected).isNotEqualTo(List.of("0"));
        assertThat(strings(c, "SELECT count(*) FROM " + actual)).isEqualTo(strings(c, "SELECT count(*) FROM " + expected));
        assertThat(strings(c, "SELECT * FROM ((" + a + ") EXCEPT ALL (" + b + ")) LIMIT 3")).as("rows only in " + expected)
                .isEmpty();
        assertThat(strings(c, "SELECT * FROM ((" + b + ") EXCEPT ALL (" + a + ")) LIMIT 3")).as("rows only in " + actual)
                .isEmpty();
    }

    /** The files hold the store's columns with its types, and the partition column is one of them. */
    private static void assertSameSchema(Connection c, Path out) throws SQLException {
        for (String t : SparkIngest.TABLES) {
            Map<String, String> store = types(c, "store." + t);
            Map<String, String> files = types(c, "read_parquet('" + out.resolve(t) + "/**/*.parquet', hive_partitioning = false)");
            Map<String, String> partitioned = types(c, spark(out, t));
            String partition = partitioned.keySet().stream().filter(k -> !files.containsKey(k)).findFirst().orElseThrow();
            Map<String, String> expected = new LinkedHashMap<>(store);
            expected.remove(partition);
            assertThat(files).as(t).containsExactlyEntriesOf(expected);
            assertThat(partition).isIn("published", "Day");
        }
    }

    private static Map<String, String> types(Connection c, String table) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM " + table + ")")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getString(2));
            }
        }
        return m;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
