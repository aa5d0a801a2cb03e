package org.cronista.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsOneArticleNamedAfterItsPathWithTheDefaultDateAndLanguage() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "\uFEFFThe mayor opened the new bridge on Friday.\n");
        List<ReadResult> r = Fixtures.all(new TextReader(new ReadOptions(Fixtures.DEFAULT_DATE, LanguageTag.EN)).read(f));
        assertThat(r).singleElement().isInstanceOfSatisfying(Document.class, d -> {
            assertThat(d.article().id()).isEqualTo(f.toString());
            assertThat(d.article().text()).startsWith("The mayor");
            assertThat(d.article().published()).isEqualTo(Fixtures.DEFAULT_DATE);
            assertThat(d.article().language()).isEqualTo(LanguageTag.EN);
        });
    }

    @Test
    void emptyBinaryBadlyEncodedAndOversizedInputsAreSkippedWithTheirReason() {
        TextReader reader = new TextReader(Fixtures.OPTIONS);
        byte[] big = new byte[(int) TextDecoder.MAX_BYTES + 10];
        Arrays.fill(big, (byte) 'a');
        assertThat(reason(reader, "  \n ".getBytes())).isEqualTo("empty");
        assertThat(reason(reader, new byte[] {'a', 0, 'b'})).contains("binary");
        assertThat(reason(reader, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'})).isEqualTo("not valid UTF-8");
        assertThat(reason(reader, big)).startsWith("larger than 10 MB");
    }

    @Test
    void aMissingFileIsSkippedNotThrown() {
        List<ReadResult> r = Fixtures.all(new TextReader(Fixtures.OPTIONS).read(dir.resolve("absent.txt")));
        assertThat(Fixtures.skips(r)).singleElement().extracting(Skip::reason).isEqualTo("no such file");
    }

    private static String reason(TextReader reader, byte[] bytes) {
        List<ReadResult> r = Fixtures.all(reader.read("x.txt", new ByteArrayInputStream(bytes)));
        return ((Skip) r.get(0)).reason();
    }
}
