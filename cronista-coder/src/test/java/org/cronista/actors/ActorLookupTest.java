package org.cronista.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cronista.api.LanguageTag;
import org.cronista.api.actors.ActorMention;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Phrases across languages and dates resolve to the expected actor ({@code actors/lookups.tsv}):
 * metonyms, titles that name the person in office on the date, dated groups, organisations.
 */
class ActorLookupTest {

    @TestFactory
    Stream<DynamicTest> phrasesResolveOnTheirDates() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ActorLookupTest.class.getClassLoader().getResourceAsStream("actors/lookups.tsv"), StandardCharsets.UTF_8))) {
            boolean header = true;
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                LanguageTag lang = LanguageTag.of(c[0]);
                if (TestPipeline.get().knowledge().pack(lang).isEmpty()) {
                    continue;
                }
                String where = "lookups.tsv:" + lineNo;
                String name = c.length > 4 ? c[4].strip() : "";
                tests.add(DynamicTest.dynamicTest(where + " " + c[0] + " " + c[1] + " \"" + c[2] + "\" -> " + c[3],
                        () -> check(lang, LocalDate.parse(c[1]), c[2], c[3].strip(), name)));
            }
        }
        return tests.stream();
    }

    private static void check(LanguageTag lang, LocalDate date, String phrase, String code, String name)
            throws Exception {
        List<ActorMention> found = TestPipeline.get().actors(phrase, lang, date);
        assertThat(found).as("\"%s\" (%s, %s)", phrase, lang, date).isNotEmpty();
        ActorMention m = found.get(0);
        assertThat(m.code().value()).as("\"%s\" (%s, %s): %s", phrase, lang, date, m.rule()).isEqualTo(code);
        if (!name.isEmpty()) {
            assertThat(m.name()).as("\"%s\" (%s, %s): %s", phrase, lang, date, m.rule()).contains(name);
        }
    }
}
