package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {
    @TempDir
    Path dir;

    @Test
    void theReaderIsChosenByTheFileName() {
        assertThat(ArticleReaders.forName("a.jsonl", Fixtures.OPTIONS)).isInstanceOf(JsonLinesReader.class);
        assertThat(ArticleReaders.forName("a.NDJSON.gz", Fixtures.OPTIONS)).isInstanceOf(JsonLinesReader.class);
        assertThat(ArticleReaders.forName("a.warc.gz", Fixtures.OPTIONS)).isInstanceOf(WebArchiveReader.class);
        assertThat(ArticleReaders.forName("feed.xml", Fixtures.OPTIONS)).isInstanceOf(FeedReader.class);
        assertThat(ArticleReaders.forName("a.atom", Fixtures.OPTIONS)).isInstanceOf(FeedReader.class);
        assertThat(ArticleReaders.forName("page.HTM", Fixtures.OPTIONS)).isInstanceOf(HtmlReader.class);
        assertThat(ArticleReaders.forName("story", Fixtures.OPTIONS)).isInstanceOf(TextReader.class);
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderWithoutHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "z");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve(".hidden"), "h");
        List<Skip> skipped = new ArrayList<>();
        List<Path> files = ArticleReaders.files(List.of(dir, dir.resolve("missing.txt")), skipped::add);
        assertThat(files).containsExactly(dir.resolve("a.html"), dir.resolve("b/c/z.txt"));
        assertThat(skipped).singleElement().extracting(Skip::reason).isEqualTo("no such file");
    }
}
