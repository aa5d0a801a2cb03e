package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.cronista.api.events.Event;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cronista's own translations of the founding article ({@code summit/summit-<lang>.txt}) give the
 * same events as the Italian original: the list in {@code summit/expected.tsv}, which is also
 * checked against the original when {@code ../shared} is present.
 */
class SummitTranslationsTest {
    private static final String DATE = "2023-09-13";

    @ParameterizedTest
    @ValueSource(strings = {"de", "ru"})
    void translationGivesTheEventsOfTheOriginal(String lang) throws IOException {
        CodedArticle a = TestPipeline.code(lang, DATE, resource("summit/summit-" + lang + ".txt"));
        assertThat(events(a)).as("events of summit-%s.txt (mentions: %s)", lang, TestPipeline.dyads(a))
                .isEqualTo(expected());
    }

    @Test
    void expectedEventsAreThoseOfTheItalianOriginal() throws IOException {
        Path original = TestPipeline.shared().map(p -> p.resolve("seed/summit-it.txt")).orElse(null);
        assumeTrue(original != null && Files.isRegularFile(original), "../shared/seed not present");
        CodedArticle a = TestPipeline.code("it", DATE, Files.readString(original));
        assertThat(events(a)).isEqualTo(expected());
    }

    /** The real events as source>target:root, a symmetric pair in alphabetical order. */
    private static Set<String> events(CodedArticle a) {
        Set<String> out = new TreeSet<>();
        for (Event e : a.events()) {
            String src = e.source().value();
            String tgt = e.target() == null ? "-" : e.target().value();
            if (e.symmetric() && tgt.compareTo(src) < 0 && !tgt.equals("-")) {
                String x = src;
                src = tgt;
                tgt = x;
            }
            out.add(src + ">" + tgt + ":" + e.type().code().value().substring(0, 2));
        }
        return out;
    }

    private static Set<String> expected() throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : resource("summit/expected.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            out.add(line.strip());
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SummitTranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
