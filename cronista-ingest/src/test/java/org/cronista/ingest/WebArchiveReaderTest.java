package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;

class WebArchiveReaderTest {
    private static final Instant CAPTURED = Instant.parse("2024-05-02T10:00:00Z");
    private static final String SECOND_PAGE = "<html><head><title>Harbour reopens</title></head><body><article>"
            + "<p>The harbour reopened to cargo ships on Thursday after a week of repairs to the main pier, "
            + "the port authority said in a statement.</p><p>Fishing boats had kept using the smaller northern "
            + "dock during the works.</p></article></body></html>";

    @TempDir
    Path dir;

    private final WebArchiveReader reader = new WebArchiveReader(Fixtures.OPTIONS);

    @Test
    void htmlResponsesBecomeArticlesAndOtherRecordsArePassedOver() throws Exception {
        Path f = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = writer(f, WarcCompression.GZIP)) {
            w.write(response("https://gazette.example/world/ministers-meet", 200, "text/html; charset=utf-8",
                    Fixtures.PAGE.getBytes(StandardCharsets.UTF_8), false));
            w.write(response("https://gazette.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false));
            w.write(response("https://gazette.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), false));
            w.write(response("https://gazette.example/cut", 200, "text/html", "<p>Half a page".getBytes(StandardCharsets.UTF_8), true));
            w.write(response("https://port.example/harbour", 200, "text/html", SECOND_PAGE.getBytes(StandardCharsets.UTF_8), false));
        }
        List<ReadResult> r = Fixtures.all(ArticleReaders.forFile(f, Fixtures.OPTIONS).read(f));
        List<Document> docs = Fixtures.documents(r);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).article().url()).isEqualTo("https://gazette.example/world/ministers-meet");
        assertThat(docs.get(0).article().published()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(docs.get(0).article().text()).contains("Spain praised Portugal").doesNotContain("cookies");
        assertThat(docs.get(0).origin()).matches(".*crawl\\.warc\\.gz@0");
        assertThat(docs.get(1).article().published()).as("no date in the page: the capture's").isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(Fixtures.skips(r)).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("truncated record (length)");
            assertThat(s.origin()).matches(".*crawl\\.warc\\.gz@\\d+");
        });
    }

    @Test
    void aFileCutShortInARecordKeepsTheRecordsBeforeAndSkipsTheCutOne() throws Exception {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            Path f = dir.resolve("cut-" + compression + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc"));
            try (WarcWriter w = writer(f, compression)) {
                w.write(response("https://gazette.example/a", 200, "text/html", Fixtures.PAGE.getBytes(StandardCharsets.UTF_8), false));
                w.write(response("https://port.example/b", 200, "text/html", SECOND_PAGE.getBytes(StandardCharsets.UTF_8), false));
            }
            byte[] all = Files.readAllBytes(f);
            Files.write(f, Arrays.copyOf(all, all.length - 200));
            List<ReadResult> r = Fixtures.all(reader.read(f));
            assertThat(Fixtures.documents(r)).as(compression.name()).singleElement()
                    .extracting(d -> d.article().url()).isEqualTo("https://gazette.example/a");
            assertThat(Fixtures.skips(r)).as(compression.name()).singleElement()
                    .extracting(Skip::reason).asString().containsAnyOf("truncated", "damaged");
        }
    }

    @Test
    void aFileThatIsNoWarcIsSkipped() {
        List<ReadResult> r = Fixtures.all(reader.read("fake.warc", Fixtures.bytes("hello, this is not an archive\n")));
        assertThat(Fixtures.documents(r)).isEmpty();
        assertThat(Fixtures.skips(r)).hasSize(1);
    }

    private static WarcWriter writer(Path f, WarcCompression c) throws Exception {
        return new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), c);
    }

    private static WarcResponse response(String url, int status, String type, byte[] body, boolean truncated)
            throws Exception {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build();
        WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http);
        if (truncated) {
            b.truncated(WarcTruncationReason.LENGTH);
        }
        return b.build();
    }
}
