package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.CodedEvent;
import org.cronista.knowledge.EventPattern;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shipped event pattern codes its own example sentence: the rule fires and gives the dyad
 * the file says. This keeps the data files and the coder honest with each other.
 */
class PatternExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyPatternCodesItsExample() {
        List<DynamicTest> tests = new ArrayList<>();
        var k = TestPipeline.get().knowledge();
        for (LanguageTag lang : k.languages()) {
            for (EventPattern p : k.pack(lang).orElseThrow().patterns()) {
                if (p.example().isEmpty() || p.expect().isEmpty()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(p.id() + " (" + p.ref() + ")", () -> check(lang, p)));
            }
        }
        return tests.stream();
    }

    private static void check(LanguageTag lang, EventPattern p) {
        CodedArticle a = TestPipeline.code(lang.code(), "2024-03-01", p.example());
        List<String> fired = new ArrayList<>();
        for (CodedEvent e : a.mentions()) {
            fired.add(e.rule() + " " + TestPipeline.dyad(e));
        }
        String[] dyad = p.expect().split(">");
        String expected = dyad[0] + ">" + dyad[1] + ":" + p.cameo().value();
        assertThat(fired).as("example of %s: \"%s\"", p.id(), p.example())
                .anyMatch(f -> f.equals(p.id() + " " + expected)
                        || p.symmetric() && f.equals(p.id() + " " + dyad[1] + ">" + dyad[0] + ":" + p.cameo().value()));
    }
}
