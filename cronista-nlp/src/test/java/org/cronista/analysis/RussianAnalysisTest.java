package org.cronista.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.Reading;
import org.cronista.api.text.Token;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Russian lemmas: reflexive verbs, case forms of names, contracted prepositions. */
class RussianAnalysisTest {
    private static Analyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new Analyzers(Knowledge.load(KnowledgeSource.shipped()));
    }

    private static Token token(String text, String form) {
        return analyzers.get(LanguageTag.of("ru")).orElseThrow().analyze(text).sentences().get(0).tokens().stream()
                .filter(t -> t.text().equals(form)).findFirst().orElseThrow();
    }

    private static List<String> lemmas(Token t) {
        return t.readings().stream().map(Reading::lemma).toList();
    }

    @Test
    void lemmatisesReflexiveVerbsAndKnownSurnames() {
        assertThat(token("Путин встретился с Кимом.", "встретился").lemma()).isEqualTo("встретиться");
        assertThat(lemmas(token("Он встретился с Путиным.", "Путиным"))).contains("путин");
    }

    @Test
    void givesUnknownNamesTheBaseFormsTheirCaseEndingAllows() {
        assertThat(lemmas(token("Си Цзиньпин встретился с Байденом.", "Байденом"))).contains("Байден");
        assertThat(lemmas(token("Он говорил с министром Кулебой.", "Кулебой"))).contains("Кулеба");
        assertThat(lemmas(token("Он встретился с Ким Чен Ыном.", "Ыном"))).contains("Ын");
    }

    @Test
    void readsContractedPrepositionsAsTheirBaseForm() {
        assertThat(token("Турция подписала договор со Швецией.", "со").lemma()).isEqualTo("с");
    }
}
