package org.cronista.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cronista.ingest.ReadOptions;
import org.cronista.ingest.Skip;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.Pipeline;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.IngestSummary;
import org.cronista.store.ingest.Ingester;

/** The pipeline, shared by the tests of one JVM, and news written for these tests. */
public final class TestCorpus {
    static final LocalDate DATE = LocalDate.of(2024, 3, 5);
    static final ReadOptions OPTIONS = new ReadOptions(DATE, null);

    private static Pipeline pipeline;

    private TestCorpus() {
    }

    /** Cronista's pipeline over the shipped knowledge, built once. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.create(Knowledge.load(KnowledgeSource.shipped()));
        }
        return pipeline;
    }

    /** Ingests {@code paths} into {@code store}; skips are collected into {@code skipped} when not null. */
    static IngestSummary ingest(EventStore store, List<Path> paths, List<Skip> skipped) {
        Ingester ingester = Ingester.create(store, pipeline(), new Ingester.Settings(2, 50, 200));
        return ingester.run(paths, OPTIONS, new IngestProgress(), s -> {
            if (skipped != null) {
                skipped.add(s);
            }
        });
    }

    /** Three reports of one event (Russia condemned Ukraine on Monday 4 March 2024) from two outlets. */
    static Path threeReports(Path dir) throws IOException {
        Path f = dir.resolve("reports.jsonl");
        Files.writeString(f, String.join("\n",
                line("a1", "https://gazette.example/a1", "Harbour Gazette", "Russia condemns Ukraine",
                        "Russia condemned Ukraine on Monday. The statement came after weeks of tension along the border."),
                line("b1", "https://courier.example/b1", "Valley Courier", null,
                        "Russia condemned Ukraine on Monday. Diplomats expect more talks next month."),
                line("a2", "https://gazette.example/a2", "Harbour Gazette", null,
                        "Russia condemned Ukraine on Monday. Markets in the region were calm."),
                line("a3", "https://gazette.example/a3", "Harbour Gazette", null,
                        "Spain praised Portugal for its cooperation. Egypt accused Sudan of violating the ceasefire.")) + "\n");
        return f;
    }

    private static String line(String id, String url, String source, String title, String text) {
        return "{\"id\": \"" + id + "\", \"url\": \"" + url + "\", \"source\": \"" + source + "\", \"title\": "
                + (title == null ? "null" : "\"" + title + "\"") + ", \"text\": \"" + text
                + "\", \"date\": \"2024-03-05\", \"lang\": \"en\"}";
    }

    /**
     * A large JSON-lines corpus of short generated reports: {@code n} distinct articles from seven
     * outlets, in which the same dyad, action and day recur, plus every 50th article repeated.
     */
    public static Path generated(Path dir, int n) throws IOException {
        String[] countries = {"Russia", "Ukraine", "France", "Germany", "Spain", "Portugal", "Italy", "Egypt", "Sudan",
            "China", "Japan", "India", "Brazil", "Kenya", "Mexico"};
        String[] verbs = {"condemned", "praised", "accused"};
        String[] outlets = {"Harbour Gazette", "Valley Courier", "Lakeside Post", "Northern Star", "City Ledger",
            "Coast Herald", "Plains Daily"};
        Path f = dir.resolve("generated.jsonl");
        List<String> repeats = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String a = countries[i % countries.length];
                String b = countries[(i / countries.length + 1 + i) % countries.length];
                if (a.equals(b)) {
                    b = countries[(i + 3) % countries.length];
                }
                String verb = verbs[(i / 7) % verbs.length];
                LocalDate day = LocalDate.of(2024, 1, 1).plusDays((i / 11) % 60);
                String text = a + " " + verb + " " + b + " on Monday. Officials counted " + i
                        + " delegates at the meeting, according to the organisers.";
                String json = "{\"id\": \"g" + i + "\", \"source\": \"" + outlets[i % outlets.length]
                        + "\", \"text\": \"" + text + "\", \"date\": \"" + day + "\", \"lang\": \"en\", \"extra\": [1, 2]}";
                w.write(json);
                w.write('\n');
                if (i % 50 == 0) {
                    repeats.add(json);
                }
            }
            for (String r : repeats) {
                w.write(r);
                w.write('\n');
            }
        }
        return f;
    }
}
