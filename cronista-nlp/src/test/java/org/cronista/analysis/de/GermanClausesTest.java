package org.cronista.analysis.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cronista.analysis.Analyzers;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** German clauses come out in subject–verb–object order with separable verbs joined. */
class GermanClausesTest {
    private static Analyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new Analyzers(Knowledge.load(KnowledgeSource.shipped()));
    }

    private static List<Token> tokens(String text) {
        AnalyzedText t = analyzers.get(LanguageTag.of("de")).orElseThrow().analyze(text);
        return t.sentences().get(0).tokens();
    }

    private static List<String> words(String text) {
        return tokens(text).stream().map(Token::text).toList();
    }

    private static Token find(List<Token> ts, String form) {
        return ts.stream().filter(t -> t.text().equals(form)).findFirst().orElseThrow();
    }

    @Test
    void joinsAClauseFinalParticleToItsVerbAndDropsIt() {
        List<Token> ts = tokens("Putin traf sich am Mittwoch mit Kim zusammen.");
        assertThat(find(ts, "traf").lemma()).isEqualTo("zusammentreffen");
        assertThat(ts).extracting(Token::text).doesNotContain("zusammen");
        assertThat(find(tokens("Japan legte Protest ein."), "legte").lemma()).isEqualTo("einlegen");
    }

    @Test
    void closesTheVerbBracketNextToTheFiniteVerb() {
        assertThat(words("Russland hat die Ukraine angegriffen."))
                .containsExactly("Russland", "hat", "angegriffen", "die", "Ukraine", ".");
        assertThat(words("Die Ukraine ist von Russland angegriffen worden."))
                .containsExactly("Die", "Ukraine", "ist", "worden", "angegriffen", "von", "Russland", ".");
        assertThat(find(tokens("Russland hat die Ukraine angegriffen."), "hat").upos()).isEqualTo(Upos.AUX);
    }

    @Test
    void putsClauseFinalNegationAndReflexiveBeforeTheVerb() {
        assertThat(words("Russland hat die Ukraine nicht angegriffen."))
                .containsExactly("Russland", "nicht", "hat", "angegriffen", "die", "Ukraine", ".");
        assertThat(words("Putin hat sich mit Kim getroffen."))
                .containsExactly("Putin", "sich", "hat", "getroffen", "mit", "Kim", ".");
    }

    @Test
    void marksWerdenWithAnInfinitiveAsFuture() {
        assertThat(find(tokens("Russland wird die Ukraine angreifen."), "wird").reading().has(Feature.FUT)).isTrue();
        assertThat(find(tokens("Die Ukraine wird angegriffen."), "wird").reading().has(Feature.FUT)).isFalse();
    }

    @Test
    void movesTheVerbAfterTheSubjectWhenTheFirstPlaceHoldsNone() {
        assertThat(words("Am Montag griff der russische Präsident die Ukraine an."))
                .containsExactly("Am", "Montag", "der", "russische", "Präsident", "griff", "die", "Ukraine", ".");
        assertThat(words("Gestern trafen sich Putin und Kim in Moskau."))
                .containsExactly("Gestern", "Putin", "und", "Kim", "sich", "trafen", "in", "Moskau", ".");
    }

    @Test
    void ordersSubordinateRelativeAndInfinitiveClauses() {
        assertThat(words("Er sagte, dass Russland die Ukraine angegriffen habe."))
                .containsSubsequence(",", "dass", "Russland", "habe", "angegriffen", "die", "Ukraine");
        assertThat(words("Japan, das bei China Protest einlegte, ist besorgt."))
                .containsSubsequence(",", "das", "einlegte", "bei", "China", "Protest", ",");
        assertThat(words("Putin bot an, Nordkorea zu helfen."))
                .containsExactly("Putin", "bot", ",", "helfen", "Nordkorea", ".");
    }

    @Test
    void readsArticlesAndAdjectivesBeforeNounsAsSuch() {
        assertThat(find(tokens("China gewährte Pakistan einen Kredit."), "einen").upos()).isEqualTo(Upos.DET);
        assertThat(find(tokens("Nach langen Verhandlungen einigten sich beide."), "langen").upos())
                .isEqualTo(Upos.ADJ);
    }
}
