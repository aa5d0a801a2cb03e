package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
    private static final String GOOD = """
            {"id": "n1", "url": "https://news.example/1", "title": "Talks in Oslo", "text": "Norway hosted talks on Monday.", "date": "2024-02-01", "lang": "en", "source": "Example News", "topics": ["a", "b"], "score": 3}
            """;

    @TempDir
    Path dir;

    private final JsonLinesReader reader = new JsonLinesReader(Fixtures.OPTIONS);

    @Test
    void eachLineIsAnArticleWithItsFieldsAndUnknownFieldsAreIgnored() {
        List<ReadResult> r = Fixtures.all(reader.read("a.jsonl", Fixtures.bytes(GOOD)));
        assertThat(r).singleElement().isInstanceOfSatisfying(Document.class, d -> {
            assertThat(d.origin()).isEqualTo("a.jsonl:1");
            assertThat(d.article().id()).isEqualTo("n1");
            assertThat(d.article().url()).isEqualTo("https://news.example/1");
            assertThat(d.article().source()).isEqualTo("Example News");
            assertThat(d.article().title()).isEqualTo("Talks in Oslo");
            assertThat(d.article().published()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(d.article().language()).isEqualTo(LanguageTag.EN);
        });
    }

    @Test
    void badLinesAreSkippedWithFileAndLineAndReadingGoesOn() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"n2\", \"text\": \"unterminated\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"n3\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9);
        b.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"n4\", \"title\": \"\", \"text\": \" \"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\": \"n5\", \"text\": \"Some text.\", \"date\": \"last spring\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"title\": \"Only a headline\", \"date\": null, \"lang\": \"pt-BR\"}\r\n".getBytes(StandardCharsets.UTF_8));
        List<ReadResult> r = Fixtures.all(reader.read("b.jsonl", new java.io.ByteArrayInputStream(b.toByteArray())));
        assertThat(Fixtures.skips(r)).extracting(Skip::origin)
                .containsExactly("b.jsonl:2", "b.jsonl:4", "b.jsonl:5", "b.jsonl:6", "b.jsonl:7");
        assertThat(Fixtures.skips(r)).extracting(Skip::reason).satisfiesExactly(
                s -> assertThat(s).startsWith("not valid JSON"),
                s -> assertThat(s).isEqualTo("not a JSON object"),
                s -> assertThat(s).startsWith("not valid JSON").contains("UTF-8"),
                s -> assertThat(s).isEqualTo("empty text"),
                s -> assertThat(s).isEqualTo("unreadable date 'last spring'"));
        List<Document> docs = Fixtures.documents(r);
        assertThat(docs).extracting(Document::origin).containsExactly("b.jsonl:1", "b.jsonl:8");
        Document headline = docs.get(1);
        assertThat(headline.article().id()).isEqualTo("b.jsonl:8");
        assertThat(headline.article().text()).isEmpty();
        assertThat(headline.article().published()).isEqualTo(Fixtures.DEFAULT_DATE);
        assertThat(headline.article().language()).isEqualTo(LanguageTag.of("pt"));
    }

    @Test
    void aLineOverTenMegabytesIsSkippedAndTheNextOneRead() {
        StringBuilder sb = new StringBuilder("{\"text\": \"");
        sb.append("x".repeat((int) TextDecoder.MAX_BYTES + 100)).append("\"}\n").append(GOOD);
        List<ReadResult> r = Fixtures.all(reader.read("big.jsonl", Fixtures.bytes(sb.toString())));
        assertThat(Fixtures.skips(r)).singleElement().satisfies(s -> {
            assertThat(s.origin()).isEqualTo("big.jsonl:1");
            assertThat(s.reason()).startsWith("larger than 10 MB");
        });
        assertThat(Fixtures.documents(r)).extracting(Document::origin).containsExactly("big.jsonl:2");
    }

    @Test
    void gzippedFilesAreReadThroughTheirName() throws Exception {
        Path f = dir.resolve("c.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        List<ReadResult> r = Fixtures.all(ArticleReaders.forFile(f, Fixtures.OPTIONS).read(f));
        assertThat(Fixtures.documents(r)).singleElement().extracting(d -> d.article().id()).isEqualTo("n1");
    }
}
