package org.cronista.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.cronista.pipeline.CodedArticle;
import org.cronista.pipeline.TestPipeline;
import org.junit.jupiter.api.Test;

/**
 * Who is the subject of a verb, and which words form a name. Regressions found by
 * {@code cronista eval} on PETRARCH's unit-test records (issue 3).
 */
class SubjectsAndNamesTest {

    @Test
    void aVerbWithANounSubjectOfItsOwnDoesNotInheritThePreviousSubject() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01",
                "Russia attacked Ukraine on Monday, the state news agency said.");
        assertThat(TestPipeline.dyads(a)).containsExactly("RUS>UKR:190");
    }

    @Test
    void coordinatedVerbsStillShareTheirSubject() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01", "North Korea praised Russia and criticized Japan.");
        assertThat(TestPipeline.dyads(a)).contains("PRK>RUS:051", "PRK>JPN:111").hasSize(2)
                .allMatch(d -> d.startsWith("PRK"));
    }

    @Test
    void aCapitalisedWordInsideANameIsNotTakenForAVerb() {
        CodedArticle a = TestPipeline.code("en", "2017-03-01", "Prime Minister Theresa May met Angela Merkel.");
        assertThat(TestPipeline.dyads(a)).anyMatch(d -> d.startsWith("GBRGOV>DEUGOV:04"));
    }

    @Test
    void compoundMembersMayCarryArticlesAndAdjectives() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01",
                "Russia and the increasingly isolated North Korea attacked Ukraine.");
        assertThat(TestPipeline.dyads(a)).contains("RUS>UKR:190", "PRK>UKR:190");
    }

    @Test
    void aPassiveWithAnAdverbSwapsTheRoles() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01", "Ukraine was fiercely attacked by Russia.");
        assertThat(TestPipeline.dyads(a)).containsExactly("RUS>UKR:190");
    }

    @Test
    void aRoleWordThatAPatternReadsAsOneOfItsWordsIsTheTarget() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01", "Canada expelled two Chinese diplomats.");
        assertThat(TestPipeline.dyads(a)).containsExactly("CAN>CHNGOV:161");
    }

    @Test
    void aPronounSubjectOfTheFirstVerbIsNotACountryNamedBeforeIt() {
        CodedArticle a = TestPipeline.code("en", "2024-03-01",
                "On the health of Russia's hospitals, he said the government would act.");
        assertThat(TestPipeline.dyads(a)).noneMatch(d -> d.startsWith("RUS>"));
        CodedArticle b = TestPipeline.code("en", "2024-03-01", "Russia said it attacked Ukraine.");
        assertThat(TestPipeline.dyads(b)).contains("RUS>UKR:190");
    }
}
