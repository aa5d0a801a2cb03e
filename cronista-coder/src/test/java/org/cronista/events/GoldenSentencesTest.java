package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.Event;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Codes the golden sentences of every language that has a {@code golden/<lang>.tsv} fixture
 * (columns date, sentence, expect) and compares the real events at the (source, target, CAMEO root)
 * level; a symmetric event matches in either direction.
 */
class GoldenSentencesTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenSentenceGivesItsEvents() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageTag lang : TestPipeline.get().knowledge().languages()) {
            try (InputStream in = GoldenSentencesTest.class.getResourceAsStream("/golden/" + lang.code() + ".tsv")) {
                if (in == null) {
                    continue;
                }
                int n = 0;
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    n++;
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("date\t")) {
                        continue;
                    }
                    String[] cols = line.split("\t", -1);
                    tests.add(DynamicTest.dynamicTest(lang.code() + ":" + n + " " + cols[1],
                            () -> check(lang, cols[0], cols[1], cols.length > 2 ? cols[2] : "")));
                }
            }
        }
        return tests.stream();
    }

    private static void check(LanguageTag lang, String date, String sentence, String expect) {
        Set<String> expected = new TreeSet<>();
        if (!expect.isBlank()) {
            expected.addAll(Arrays.asList(expect.strip().split("\\|")));
        }
        CodedArticle a = TestPipeline.code(lang.code(), date, sentence);
        Set<String> got = new TreeSet<>();
        for (Event e : a.events()) {
            String target = e.target() == null ? "-" : e.target().value();
            String root = ":" + e.type().code().value().substring(0, 2);
            String key = e.source().value() + ">" + target + root;
            String reversed = target + ">" + e.source().value() + root;
            got.add(e.symmetric() && !expected.contains(key) && expected.contains(reversed) ? reversed : key);
        }
        assertThat(got).as("events of \"%s\" (mentions: %s)", sentence, TestPipeline.dyads(a)).isEqualTo(expected);
    }
}
