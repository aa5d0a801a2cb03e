package org.cronista.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cronista.ingest.ReadOptions;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.pipeline.Pipeline;
import org.cronista.store.EventStore;
import org.cronista.store.ingest.IngestProgress;
import org.cronista.store.ingest.Ingester;

/** The fixture store (the real ingest of {@code api-news.jsonl}), built once per test JVM, and HTTP helpers. */
final class TestServers {
    static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static Knowledge knowledge;
    private static Path database;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestServers() {
    }

    static synchronized Knowledge knowledge() {
        if (knowledge == null) {
            knowledge = Knowledge.load(KnowledgeSource.shipped());
        }
        return knowledge;
    }

    /** A store filled by ingesting the fixture news; each call gets its own copy of it. */
    static synchronized Path database(Path dir) throws IOException {
        if (database == null) {
            Path d = Files.createTempDirectory("cronista-server-it");
            Path news = d.resolve("api-news.jsonl");
            try (var in = TestServers.class.getResourceAsStream("/api-news.jsonl")) {
                Files.copy(in, news);
            }
            database = d.resolve("fixture.duckdb");
            try (EventStore store = EventStore.open(database)) {
                Ingester.create(store, Pipeline.create(knowledge()), new Ingester.Settings(2, 50, 100))
                        .run(List.of(news), new ReadOptions(DATE, null), new IngestProgress(), s -> {
                            throw new AssertionError(s.origin() + ": " + s.reason());
                        });
            }
        }
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".duckdb");
        Files.copy(database, copy);
        return copy;
    }

    static CronistaServer start(Path db, boolean allowIngest) {
        return CronistaServer.start(ServerSettings.defaults(db).at("127.0.0.1", 0).withIngest(allowIngest), knowledge());
    }

    static HttpResponse<String> get(CronistaServer s, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(CronistaServer s, String path, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
