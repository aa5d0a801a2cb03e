package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Hand-written sentences per language ({@code golden/<lang>.tsv}: date, sentence, expect) code to
 * exactly the expected real events, compared as {@code SOURCE>TARGET:ROOT} ({@code -} for no
 * target; a symmetric event matches in either order); an empty expect means no real event.
 */
class GoldenSentencesTest {

    @TestFactory
    Stream<DynamicTest> everyGoldenSentenceCodesToItsEvents() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (LanguageTag lang : TestPipeline.get().knowledge().languages()) {
            String file = "golden/" + lang.code() + ".tsv";
            try (InputStream in = GoldenSentencesTest.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    continue;
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int lineNo = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("date\t")) {
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    String where = file + ":" + lineNo;
                    tests.add(DynamicTest.dynamicTest(where + " " + cells[1],
                            () -> check(lang, cells[0], cells[1], cells.length > 2 ? cells[2] : "", where)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(LanguageTag lang, String date, String sentence, String expect, String where) {
        CodedArticle a = TestPipeline.code(lang.code(), date, sentence);
        Set<String> expected = new TreeSet<>();
        for (String e : expect.split("\\|")) {
            if (!e.isBlank()) {
                expected.add(e.strip());
            }
        }
        Set<String> actual = new TreeSet<>();
        for (Event e : a.events()) {
            String src = e.source().value();
            String tgt = e.target() == null ? "-" : e.target().value();
            String root = e.type().code().value().substring(0, 2);
            String key = src + ">" + tgt + ":" + root;
            String reverse = tgt + ">" + src + ":" + root;
            actual.add(e.symmetric() && !expected.contains(key) && expected.contains(reverse) ? reverse : key);
        }
        assertThat(actual).as("%s \"%s\" (all mentions: %s)", where, sentence, TestPipeline.dyads(a))
                .isEqualTo(expected);
    }
}
