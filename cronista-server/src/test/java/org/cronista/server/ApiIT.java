package org.cronista.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cronista.api.Article;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.Event;
import org.cronista.output.EventJson;
import org.cronista.output.GeoLabels;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.EventGrouper;
import org.cronista.pipeline.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a random loopback port, over a store filled by the real ingest of the fixture news. */
class ApiIT {
    @TempDir
    static Path dir;
    static CronistaServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(TestServers.database(dir), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = TestServers.get(server, path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void everyRouteOfTheServerIsDescribedByTheServedOpenApiDocumentAndNoOtherPath() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        TreeSet<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey()));
        }
        assertThat(described).isEqualTo(new TreeSet<>(CronistaServer.routeNames()));
        assertThat(doc.at("/paths/~1api~1alerts/get/description").asText()).contains("max(sd(baseline), 1)");
    }

    @Test
    void eventsAreFilteredByDyadAndQuadClassSortedAndPaged() throws Exception {
        JsonNode page = ok("/api/events?dyad=JPN,PRK&quad_class=4&sort=goldstein&order=asc&limit=1");
        assertThat(page.path("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode e = page.path("items").get(0);
        assertThat(e.path("cameo").asText()).startsWith("19");
        assertThat(e.path("source").path("code").asText()).startsWith("PRK");
        JsonNode all = ok("/api/events?limit=2&offset=0");
        JsonNode next = ok("/api/events?limit=2&offset=2");
        assertThat(all.path("items").get(0).path("id")).isNotEqualTo(next.path("items").get(0).path("id"));
        assertThat(ok("/api/events?lang=it&code=11").path("items")).allSatisfy(x ->
                assertThat(x.path("cameo").asText()).startsWith("11"));
        JsonNode detail = ok("/api/events/" + e.path("id").asText());
        assertThat(detail.path("mentions").get(0).path("trigger").asText()).isEqualTo("attacked");
        JsonNode article = ok("/api/article?key=" + URLEncoder.encode("https://test.example/jp1", StandardCharsets.UTF_8));
        assertThat(article.path("text").asText()).startsWith("Pyongyang threatens Tokyo\n\nNorth Korea");
        assertThat(article.path("mentions")).allSatisfy(m -> assertThat(article.path("text").asText()
                .substring(m.path("trigger_start").asInt(), m.path("trigger_end").asInt())).isEqualTo(m.path("trigger").asText()));
        assertThat(TestServers.get(server, "/api/events/12345").statusCode()).isEqualTo(404);
    }

    @Test
    void theAnalystViewsHaveTheirDataTimelineAlertsNetworkMapAndActors() throws Exception {
        JsonNode t = ok("/api/dyads/timeline?a=RUS&b=UKR&period=week");
        assertThat(t.path("points").size()).isEqualTo(7);
        assertThat(t.path("points").get(0).path("material_conflict").asInt()).isEqualTo(1);
        assertThat(t.path("points").get(1).path("material_conflict").asInt()).isZero();
        JsonNode alerts = ok("/api/alerts").path("alerts");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).path("tension").path("a").asText() + alerts.get(0).path("tension").path("b").asText())
                .isEqualTo("JPNPRK");
        assertThat(alerts.get(0).path("events").size()).isGreaterThanOrEqualTo(3);
        assertThat(ok("/api/tension?limit=10").path("dyads").get(0).path("alert").asBoolean()).isTrue();
        JsonNode net = ok("/api/network?since=2026-11-01&until=2026-11-30");
        assertThat(net.path("nodes").findValuesAsText("id")).contains("RUS", "PRK", "JPN");
        assertThat(ok("/api/map").findValuesAsText("name")).contains("Sea of Japan");
        assertThat(ok("/api/actors?q=PRK").findValuesAsText("code")).allSatisfy(c -> assertThat(c).startsWith("PRK"));
        assertThat(ok("/api/health").path("read_only").asBoolean()).isTrue();
        assertThat(ok("/api/codebook").path("cameo").size()).isGreaterThan(200);
    }

    @Test
    void badParametersAreRefusedWith400AndAMessageNamingThem() throws Exception {
        Map<String, String> bad = Map.of(
                "/api/events?limit=-1", "limit",
                "/api/events?since=2024-13-01", "since",
                "/api/events?code=999", "unknown CAMEO code",
                "/api/events?actor=XQZ", "unknown actor code",
                "/api/events?quad_class=7", "quad_class",
                "/api/events?limt=5", "unknown parameter 'limt'",
                "/api/events?plover=FIGHT", "PLOVER",
                "/api/dyads/timeline?a=RUS", "'b' is required",
                "/api/network?since=2026-12-01&until=2026-01-01", "after",
                "/api/events?lang=xx", "does not code");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            HttpResponse<String> r = TestServers.get(server, b.getKey());
            assertThat(r.statusCode()).as(b.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText()).as(b.getKey()).contains(b.getValue());
        }
    }

    @Test
    void codingAnArticleGivesTheEventsOfCodeJsonlAsAnArrayAndAnOversizedOneIs413() throws Exception {
        String text = "North Korea threatened Japan with a nuclear strike. Russia sent food aid to North Korea.";
        HttpResponse<String> r = TestServers.post(server, "/api/code?lang=en&date=2026-11-20",
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        Pipeline p = Pipeline.create(TestServers.knowledge());
        Article a = new Article("api", null, null, TestServers.DATE, LanguageTag.EN, null, text);
        CodedArticle coded = p.code(a);
        EventJson json = new EventJson(JSON, new GeoLabels(TestServers.knowledge().gazetteer(), TestServers.knowledge().countries()));
        ArrayNode expected = JSON.createArrayNode();
        for (Event e : EventGrouper.group(coded.mentions(), false)) {
            expected.add(json.toJson("api", coded.text(), e));
        }
        assertThat(JSON.readTree(r.body())).isEqualTo(expected).hasSize(2);
        byte[] big = new byte[ServerSettings.DEFAULT_MAX_CODE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(TestServers.post(server, "/api/code", big).statusCode()).isEqualTo(413);
        assertThat(TestServers.post(server, "/api/code?lang=xx", "text".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(400);
        assertThat(TestServers.post(server, "/api/code", new byte[0]).statusCode()).isEqualTo(400);
    }

    @Test
    void aReadOnlyServerRefusesIngestAndAWritableOneStoresOnceWhileReadersSeeWholeBatches() throws Exception {
        assertThat(TestServers.post(server, "/api/ingest", "Russia praised China.".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);
        try (CronistaServer writable = TestServers.start(TestServers.database(dir), true)) {
            long before = JSON.readTree(TestServers.get(writable, "/api/health").body()).path("articles").asLong();
            StringBuilder jsonl = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                jsonl.append("{\"id\": \"n").append(i).append("\", \"date\": \"2026-11-19\", \"lang\": \"en\", \"text\": ")
                        .append("\"Spain praised Portugal for report ").append(i).append(". Egypt accused Sudan.\"}\n");
            }
            AtomicBoolean done = new AtomicBoolean();
            List<Long> seen = new CopyOnWriteArrayList<>();
            Thread readers = new Thread(() -> {
                while (!done.get()) {
                    try {
                        JsonNode h = JSON.readTree(TestServers.get(writable, "/api/health").body());
                        seen.add(h.path("articles").asLong());
                    } catch (Exception e) {
                        seen.add(-1L);
                    }
                }
            });
            readers.start();
            HttpResponse<String> r = TestServers.post(writable, "/api/ingest?format=jsonl",
                    jsonl.toString().getBytes(StandardCharsets.UTF_8));
            done.set(true);
            readers.join();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("stored").asInt()).isEqualTo(40);
            List<Long> counts = new ArrayList<>(seen);
            assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c).isBetween(before, before + 40)).isSorted();
            JsonNode again = JSON.readTree(TestServers.post(writable, "/api/ingest?format=jsonl",
                    jsonl.toString().getBytes(StandardCharsets.UTF_8)).body());
            assertThat(again.path("stored").asInt()).isZero();
            assertThat(again.path("present").asInt()).isEqualTo(40);
            assertThat(ok(writable, "/api/events?dyad=ESP,PRT").path("total").asInt()).isEqualTo(1);
        }
    }

    private static JsonNode ok(CronistaServer s, String path) throws Exception {
        HttpResponse<String> r = TestServers.get(s, path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
