package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

/** Language-neutral clause rules of the coder, shown on Italian, English and Russian sentences. */
class ClauseRulesTest {

    private static java.util.List<String> code(String lang, String text) {
        return TestPipeline.dyads(TestPipeline.code(lang, "2024-03-01", text));
    }

    @Test
    void passiveVerbWithoutObjectTakesItsSubjectAsTarget() {
        assertThat(code("it", "L'Ucraina è stata attaccata dalla Russia.")).containsExactly("RUS>UKR:190");
        assertThat(code("de", "Die Ukraine wurde von Russland angegriffen.")).containsExactly("RUS>UKR:190");
    }

    @Test
    void relativePronounOpeningItsClauseGivesTheAntecedentAsSubject() {
        assertThat(code("en", "The news reached Japan, which through its embassy in Beijing lodged a formal protest "
                + "with North Korea.")).containsExactly("JPN>PRK:114");
    }

    @Test
    void timeAndPlacePhrasesAreSteppedOver() {
        assertThat(code("it", "Il presidente francese ha incontrato nel pomeriggio il premier indiano."))
                .containsExactly("FRAGOV>INDGOV:040");
        assertThat(code("en", "Russia imposed on Monday sanctions against Iran.")).containsExactly("RUS>IRN:163");
    }

    @Test
    void infinitiveAfterAFullVerbIsAnUnrealComplementEvenAcrossItsObject() {
        // promising to attack is announcing it: a threat (13x), see world/intent.tsv
        assertThat(code("ru", "Турция пообещала атаковать Сирию.")).containsExactly("TUR>SYR:1384");
        assertThat(code("ru", "Турция призвала Россию атаковать Сирию.")).contains("RUS>SYR:190!hypothetical");
        assertThat(code("ru", "Россия может напасть на Украину.")).containsExactly("RUS>UKR:190!hypothetical");
    }

    @Test
    void nameInACaseTheDictionaryDoesNotKnowMatchesItsBaseForm() {
        assertThat(code("ru", "Си Цзиньпин встретился с Байденом.")).containsExactly("CHNGOV>USAGOV:040");
    }
}
