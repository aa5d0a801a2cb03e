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
import org.cronista.api.events.Event;
import org.cronista.knowledge.Knowledge;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden sentences written for Cronista, one file per language ({@code golden/<lang>.tsv}: columns
 * {@code date}, {@code sentence}, {@code expect}). The expected events are compared as a set at the
 * (source code, target code, CAMEO root) level: every expected event must be found and nothing else.
 * {@code expect} is a {@code |}-separated list of {@code SRC>TGT:ROOT} ({@code SRC>-:ROOT} without
 * target), empty when the sentence reports no event that happened.
 */
class GoldenSentencesTest {

    @TestFactory
    Stream<DynamicTest> goldenSentences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (var lang : Knowledge.SHIPPED_LANGUAGES) {
            String file = "golden/" + lang.code() + ".tsv";
            InputStream in = GoldenSentencesTest.class.getClassLoader().getResourceAsStream(file);
            if (in == null) {
                continue;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                int lineNo = 0;
                boolean header = true;
                for (String line; (line = r.readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (header) {
                        header = false;
                        continue;
                    }
                    String[] cells = line.split("\t", -1);
                    String where = file + ":" + lineNo;
                    String date = cells[0].strip();
                    String sentence = cells[1].strip();
                    String expect = cells.length > 2 ? cells[2].strip() : "";
                    tests.add(DynamicTest.dynamicTest(where + " " + sentence,
                            () -> check(lang.code(), date, sentence, expect, where)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String lang, String date, String sentence, String expect, String where) {
        CodedArticle a = TestPipeline.code(lang, date, sentence);
        Set<String> got = new TreeSet<>();
        for (Event e : a.events()) {
            String tgt = e.target() == null ? "-" : e.target().value();
            String key = e.source().value() + ">" + tgt + ":" + e.type().code().root();
            if (e.symmetric() && !expect.contains(key)) {
                key = tgt + ">" + e.source().value() + ":" + e.type().code().root();
            }
            got.add(key);
        }
        Set<String> want = new TreeSet<>();
        for (String x : expect.split("\\|")) {
            if (!x.isBlank()) {
                want.add(x.strip());
            }
        }
        assertThat(got).as("%s \"%s\"; mentions: %s", where, sentence, TestPipeline.dyads(a)).isEqualTo(want);
    }
}
