package org.cronista.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.AnalyzedText;
import org.cronista.api.text.Feature;
import org.cronista.api.text.Sentence;
import org.cronista.api.text.Token;
import org.cronista.api.text.Upos;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences, tokens, lemmas and parts of speech in Italian and English. */
class LanguageToolAnalyzerTest {
    private static Analyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new Analyzers(Knowledge.load(KnowledgeSource.shipped()));
    }

    private static AnalyzedText it(String text) {
        return analyzers.get(LanguageTag.IT).orElseThrow().analyze(text);
    }

    private static AnalyzedText en(String text) {
        return analyzers.get(LanguageTag.EN).orElseThrow().analyze(text);
    }

    private static Token find(AnalyzedText t, String form) {
        return t.sentences().stream().flatMap(s -> s.tokens().stream()).filter(x -> x.text().equals(form))
                .findFirst().orElseThrow(() -> new AssertionError("no token " + form));
    }

    @Test
    void splitsSentencesButNotAfterAbbreviations() {
        AnalyzedText t = en("Mr. Smith met Gen. Jones in the U.S. capital. They talked.\nTitle without stop\nBody.");
        assertThat(t.sentences()).extracting(t::sentenceText)
                .containsExactly("Mr. Smith met Gen. Jones in the U.S. capital.", "They talked.", "Title without stop", "Body.");
    }

    @Test
    void charSpansPointIntoTheOriginalText() {
        String text = "L’esercito russo e l'Ucraina.";
        AnalyzedText t = it(text);
        for (Sentence s : t.sentences()) {
            for (Token k : s.tokens()) {
                assertThat(k.span().of(text)).isEqualTo(k.text());
            }
        }
    }

    @Test
    void splitsItalianElisionsAndMapsArticulatedPrepositions() {
        AnalyzedText t = it("Il ministro dell’Interno ha parlato all'ambasciata della Russia.");
        assertThat(t.sentences().get(0).tokens()).extracting(Token::text)
                .containsSubsequence("dell’", "Interno", "all'", "ambasciata", "della", "Russia");
        assertThat(find(t, "dell’").lemma()).isEqualTo("di");
        assertThat(find(t, "della").lemma()).isEqualTo("di");
        assertThat(find(t, "della").reading().has(Feature.ART)).isTrue();
    }

    @Test
    void splitsEnglishPossessivesAndNegations() {
        AnalyzedText t = en("Russia's army didn't attack.");
        assertThat(t.sentences().get(0).tokens()).extracting(Token::text)
                .containsExactly("Russia", "'s", "army", "did", "n't", "attack", ".");
    }

    @Test
    void choosesNounsAfterArticlesAndVerbsAfterSubjects() {
        AnalyzedText t = en("The talks ended. Kim praised the army and the formal protest was lodged.");
        assertThat(find(t, "talks").upos()).isEqualTo(Upos.NOUN);
        assertThat(find(t, "praised").upos()).isEqualTo(Upos.VERB);
        assertThat(find(t, "praised").lemma()).isEqualTo("praise");
        assertThat(find(t, "formal").upos()).isEqualTo(Upos.ADJ);
        assertThat(find(t, "protest").upos()).isEqualTo(Upos.NOUN);
        assertThat(find(t, "was").upos()).isEqualTo(Upos.AUX);
        assertThat(find(t, "lodged").reading().has(Feature.PART)).isTrue();
    }

    @Test
    void italianAuxiliariesParticiplesAndPostnominalAdjectives() {
        AnalyzedText t = it("L'incontro è avvenuto e il presidente russo ha elogiato l'esercito.");
        assertThat(find(t, "incontro").upos()).isEqualTo(Upos.NOUN);
        assertThat(find(t, "è").upos()).isEqualTo(Upos.AUX);
        assertThat(find(t, "russo").upos()).isEqualTo(Upos.ADJ);
        assertThat(find(t, "elogiato").lemma()).isEqualTo("elogiare");
        assertThat(find(t, "elogiato").reading().has(Feature.PART)).isTrue();
    }

    @Test
    void capitalisedWordsInsideASentenceAreProperNouns() {
        AnalyzedText t = en("Missiles fell into the Sea of Japan.");
        assertThat(find(t, "Japan").upos()).isEqualTo(Upos.PROPN);
    }

    @Test
    void headlineWordsInCapitalsAreReadInLowerCase() {
        AnalyzedText t = analyzers.get(new LanguageTag("es")).orElseThrow().analyze("ESTUDIANTES PROTESTAN CONTRA EL GOBIERNO");
        assertThat(find(t, "PROTESTAN").upos()).isEqualTo(Upos.VERB);
        assertThat(find(t, "PROTESTAN").lemma()).isEqualTo("protestar");
        AnalyzedText names = it("Zorblax e QWERTY hanno visitato Roma.");
        assertThat(find(names, "QWERTY").upos()).isEqualTo(Upos.PROPN);
    }

    @Test
    void unknownWordsGetAGuess() {
        AnalyzedText t = it("Zorblax ha visitato 1.000 qwertyuiop.");
        assertThat(find(t, "Zorblax").upos()).isEqualTo(Upos.PROPN);
        assertThat(find(t, "1.000").upos()).isEqualTo(Upos.NUM);
        assertThat(find(t, "qwertyuiop").lemma()).isEqualTo("qwertyuiop");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(it("   \n ").sentences()).isEmpty();
        assertThat(List.of()).isEmpty();
    }

    @Test
    void aWordThatCanBeAPrepositionIsOneAfterANoun() {
        AnalyzedText t = en("Rebels in Syria attacked the army.");
        assertThat(find(t, "in").upos()).isEqualTo(Upos.ADP);
        AnalyzedText u = en("He renewed his license in Michel Delving.");
        assertThat(find(u, "in").upos()).isEqualTo(Upos.ADP);
    }

    @Test
    void aParticipleAfterAnAuxiliaryAndAnAdverbIsAParticiple() {
        AnalyzedText t = en("Ukraine was fiercely opposed by Russia.");
        assertThat(find(t, "opposed").reading().has(Feature.PART)).isTrue();
        assertThat(find(t, "by").upos()).isEqualTo(Upos.ADP);
        AnalyzedText v = en("They spoke of primary health care.");
        assertThat(find(v, "primary").upos()).isEqualTo(Upos.ADJ);
        AnalyzedText u = en("Russia and the increasingly isolated North Korea met.");
        assertThat(find(u, "isolated").upos()).isEqualTo(Upos.ADJ);
    }
}
