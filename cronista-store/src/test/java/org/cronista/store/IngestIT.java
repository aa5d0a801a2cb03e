package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cronista.ingest.Skip;
import org.cronista.store.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestIT {
    @TempDir
    Path dir;

    @Test
    void everyKindOfInputIsStoredAndBadRecordsAreSkippedAndCounted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in/nested"));
        Files.writeString(dir.resolve("in/a.txt"), "Spain praised Portugal for its cooperation on Monday.\n");
        Files.writeString(in.resolve("b.html"), "<html><head><title>Egypt and Sudan</title>"
                + "<meta property=\"og:site_name\" content=\"Nile Review\"></head><body><nav>Home | World</nav>"
                + "<article><p>Egypt accused Sudan of violating the ceasefire on Tuesday, the foreign ministry said "
                + "in a statement issued in the capital.</p><p>Sudan did not reply.</p></article>"
                + "<footer>All rights reserved</footer></body></html>");
        Files.writeString(in.resolve("c.jsonl"), """
                {"id": "c1", "source": "Valley Courier", "text": "Russia condemned Ukraine on Monday.", "date": "2024-03-05"}
                {"id": "c2", "text": broken}
                """);
        Files.writeString(in.resolve("d.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Post</title>
                <item><title>Japan praises India</title><link>https://post.example/jp</link>
                <description>Japan praised India for its help after the storm.</description>
                <pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate></item></channel></rss>
                """);
        Files.writeString(in.resolve("e.atom"), """
                <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Star</title>
                <id>urn:f</id><updated>2024-03-06T00:00:00Z</updated>
                <entry><title>Kenya and Mexico</title><id>urn:e1</id><updated>2024-03-06T00:00:00Z</updated>
                <summary>Kenya condemned Mexico on Wednesday.</summary></entry></feed>
                """);
        warc(in.resolve("f.warc.gz"), "https://star.example/china", "<html><body><article><p>China accused Japan of "
                + "provoking tension in the region on Thursday, the foreign ministry in Beijing said.</p>"
                + "<p>Japan rejected the claim.</p></article></body></html>");
        Files.write(in.resolve("g.bin"), new byte[] {1, 2, 0, 3, 0, 0, 7});
        List<Skip> skipped = new ArrayList<>();
        try (EventStore s = EventStore.open(dir.resolve("db.duckdb"))) {
            IngestSummary sum = TestCorpus.ingest(s, List.of(dir.resolve("in")), skipped);
            assertThat(sum.stored()).isEqualTo(6);
            assertThat(sum.skipped()).isEqualTo(2);
            assertThat(sum.read()).isEqualTo(sum.stored() + sum.present() + sum.skipped());
            assertThat(skipped).extracting(Skip::origin).containsExactlyInAnyOrder(
                    in.resolve("c.jsonl") + ":2", in.resolve("g.bin").toString());
            assertThat(sum.skipReasons()).containsOnlyKeys("not valid JSON", "binary data");
            assertThat(strings(s.connection(), "SELECT coalesce(outlet, '-') FROM articles ORDER BY 1"))
                    .containsExactly("-", "Lakeside Post", "Nile Review", "Northern Star", "Valley Courier", "star.example");
            assertThat(strings(s.connection(), "SELECT Actor1Code || ' ' || EventCode || ' ' || Actor2Code FROM events ORDER BY 1"))
                    .contains("CHN 112 JPN", "EGY 112 SDN", "ESP 051 PRT", "JPN 051 IND", "RUS 111 UKR");
            assertThat(sum.newEvents()).isEqualTo(s.counts().events());
        }
    }

    @Test
    void oneEventReportedByThreeArticlesFromTwoOutletsIsStoredOnceWithGdeltCounts() throws Exception {
        try (EventStore s = EventStore.open(dir.resolve("db.duckdb"))) {
            TestCorpus.ingest(s, List.of(TestCorpus.threeReports(dir)), null);
            try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*), min(NumArticles), min(NumSources), min(NumMentions), min(SOURCEURL), min(Day) "
                            + "FROM events WHERE Actor1Code = 'RUS' AND Actor2Code = 'UKR' AND EventCode = '111'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getInt(2)).as("articles").isEqualTo(3);
                assertThat(rs.getInt(3)).as("outlets").isEqualTo(2);
                assertThat(rs.getInt(4)).as("sentences: three bodies and one headline").isEqualTo(4);
                assertThat(rs.getString(5)).as("first report: earliest published, then smallest article id")
                        .isEqualTo(strings(s.connection(), "SELECT url FROM articles WHERE doc IN ('a1', 'b1', 'a2') "
                                + "ORDER BY published, id LIMIT 1").get(0));
                assertThat(rs.getInt(6)).isEqualTo(20240304);
            }
            assertThat(strings(s.connection(), "SELECT count(*) FROM events e WHERE NumMentions <> "
                    + "(SELECT count(*) FROM mentions m WHERE m.event_id = e.GlobalEventID)")).containsExactly("0");
            assertThat(strings(s.connection(), "SELECT DISTINCT id = '" + ArticleId.ofText(
                    "Russia condemns Ukraine\n\nRussia condemned Ukraine on Monday. The statement came after weeks "
                            + "of tension along the border.") + "' FROM articles WHERE doc = 'a1'")).containsExactly("true");
        }
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() throws Exception {
        Path corpus = TestCorpus.threeReports(dir);
        Path copy = Files.copy(corpus, dir.resolve("copy-of-reports.jsonl"));
        try (EventStore s = EventStore.open(dir.resolve("db.duckdb"))) {
            IngestSummary first = TestCorpus.ingest(s, List.of(corpus), null);
            String snapshot = snapshot(s.connection());
            IngestSummary again = TestCorpus.ingest(s, List.of(corpus, copy), null);
            assertThat(again.stored()).isZero();
            assertThat(again.present()).isEqualTo(2 * first.stored());
            assertThat(again.newEvents()).isZero();
            assertThat(snapshot(s.connection())).isEqualTo(snapshot);
        }
    }

    /** Everything stored except times of ingest. */
    static String snapshot(Connection c) throws SQLException {
        return String.join("\n", strings(c, "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id"))
                + String.join("\n", strings(c, "SELECT * FROM mentions ORDER BY ALL"))
                + String.join("\n", strings(c, "SELECT * FROM events ORDER BY GlobalEventID"));
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static void warc(Path f, String url, String html) throws Exception {
        try (WarcWriter w = new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
            w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-03-07T10:00:00Z")).body(http).build());
        }
    }
}
