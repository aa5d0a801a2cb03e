package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.cronista.api.events.Event;
import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cronista's own translations of the founding article (summit of 13 September 2023) give the same
 * events as the Italian original.
 */
class SummitTranslationTest {
    private static final Set<String> EXPECTED = Set.of("PRKGOV<>RUSGOV:040", "PRKGOV>RUSMIL:051", "RUSGOV>PRK:033",
            "PRKGOV>RUSGOV:051", "PRKGOV>RUS:0312", "PRK>-:150", "JPN>PRK:114");

    @ParameterizedTest
    @ValueSource(strings = {"es", "fr"})
    void translationGivesTheEventsOfTheOriginal(String lang) throws IOException {
        String text;
        try (InputStream in = SummitTranslationTest.class.getResourceAsStream("/summit/summit-" + lang + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CodedArticle a = TestPipeline.code(lang, "2023-09-13", text);
        Set<String> keyed = new TreeSet<>();
        for (Event e : a.events()) {
            String src = e.source().value();
            String tgt = e.target() == null ? "-" : e.target().value();
            String pair = e.symmetric() ? (src.compareTo(tgt) < 0 ? src + "<>" + tgt : tgt + "<>" + src) : src + ">" + tgt;
            keyed.add(pair + ":" + e.type().code().value());
        }
        assertThat(keyed).as("events (mentions: %s)", TestPipeline.dyads(a)).isEqualTo(EXPECTED);
    }
}
