package org.cronista.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cronista.api.LanguageTag;
import org.cronista.api.events.PloverType;
import org.junit.jupiter.api.Test;

/** The dictionaries Cronista ships load without a single problem and hold what the coder needs. */
class ShippedKnowledgeTest {

    @Test
    void shippedFilesHaveNoProblems() {
        Knowledge.Loaded l = Knowledge.read(KnowledgeSource.shipped(), Knowledge.SHIPPED_LANGUAGES);
        assertThat(l.problems()).isEmpty();
    }

    @Test
    void codebookCoversAllTwentyRootsWithGoldsteinAndPlover() {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        Set<String> roots = k.codebook().types().stream().map(t -> t.code().root()).collect(Collectors.toSet());
        assertThat(roots).hasSize(20);
        assertThat(k.codebook().type("043").orElseThrow().goldstein()).isEqualTo(2.8);
        assertThat(k.codebook().type("043").orElseThrow().plover()).isEqualTo(PloverType.CONSULT);
        assertThat(k.codebook().type("010").orElseThrow().plover()).isNull();
        assertThat(k.codebook().type("190").orElseThrow().quadClass().number()).isEqualTo(4);
    }

    @Test
    void italianAndEnglishPacksAreComplete() {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        for (LanguageTag l : List.of(LanguageTag.IT, LanguageTag.EN)) {
            LanguagePack p = k.pack(l).orElseThrow();
            assertThat(p.actors()).as(l + " actors").hasSizeGreaterThan(500);
            assertThat(p.agents()).as(l + " agents").hasSizeGreaterThan(100);
            assertThat(p.patterns()).as(l + " patterns").hasSizeGreaterThanOrEqualTo(100);
            Set<String> roots = p.patterns().stream().map(x -> x.cameo().root()).collect(Collectors.toSet());
            assertThat(roots).as(l + " pattern roots").hasSize(20);
            assertThat(p.dates()).isNotEmpty();
        }
    }

    @Test
    void countryNamesComeFromCldrInEachLanguage() {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        Country prk = k.countries().get("PRK").orElseThrow();
        assertThat(Countries.cldrNames(prk, LanguageTag.IT)).contains("Corea del Nord");
        assertThat(Countries.cldrNames(prk, LanguageTag.EN)).contains("North Korea");
    }

    @Test
    void peopleCodesDependOnTheDate() {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        Person putin = k.people().get("vladimir-putin").orElseThrow();
        assertThat(putin.codeAt(java.time.LocalDate.of(2010, 1, 1), k.countries()).code().value()).isEqualTo("RUSGOV");
        assertThat(putin.codeAt(java.time.LocalDate.of(1999, 1, 1), k.countries()).code().value()).isEqualTo("RUSSPY");
        assertThat(putin.codeAt(java.time.LocalDate.of(1990, 1, 1), k.countries()).code().value()).isEqualTo("RUS");
    }
}
