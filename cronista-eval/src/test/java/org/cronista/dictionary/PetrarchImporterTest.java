package org.cronista.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.cronista.api.LanguageTag;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.cronista.knowledge.LanguagePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PETRARCH dictionaries become Cronista files that load, and what is lost is reported. */
class PetrarchImporterTest {
    private static final Path DIR = Path.of("src/test/resources/petrarch");
    private static ImportResult result;

    @TempDir
    Path out;

    @BeforeAll
    static void importFixtures() throws IOException {
        Knowledge k = Knowledge.load(KnowledgeSource.shipped());
        result = PetrarchImporter.create(LanguageTag.EN, k.codebook(), Set.of("the", "of")::contains)
                .importFiles(List.of(DIR.resolve("test.actors.txt"), DIR.resolve("test.agents.txt"),
                        DIR.resolve("test.verbs.txt")));
    }

    private static List<String> records(String file) {
        return result.files().get(file).stream().filter(l -> !l.startsWith("#")).skip(1).toList();
    }

    @Test
    void actorsGetNamesKindsAndOneLinePerPeriodWhereTheFirstRestrictionWins() {
        List<String> a = records("en/actors.tsv");
        assertThat(a).anyMatch(l -> l.startsWith("Alpinia|Alpinian\tALP\tcountry\t\t\t"));
        assertThat(a).anyMatch(l -> l.startsWith("the Grey Council\tIGOGRC\torganization"));
        assertThat(a).anyMatch(l -> l.startsWith("King Ottokar|Ottokar\tALPGOV\tgroup\t1990-01-01\t1999-12-31"));
        assertThat(a).anyMatch(l -> l.startsWith("King Ottokar|Ottokar\tALPELI\tgroup\t2000-01-01\t\t"));
        assertThat(a).filteredOn(l -> l.startsWith("Prince Muskar\t")).extracting(l -> l.split("\t", -1))
                .extracting(c -> c[1] + " " + c[3] + ".." + c[4])
                .containsExactlyInAnyOrder("ALPMIL 1995-01-01..1995-06-30", "ALPGOV 1995-07-01..1995-12-31",
                        "ALP ..1994-12-31", "ALP 1996-01-01..");
        assertThat(a).filteredOn(l -> l.startsWith("Old Borduria\t")).singleElement().asString()
                .contains("BRD\tcountry\t\t1945-01-01");
        assertThat(result.losses().get("several codes for one phrase (the first is kept)"))
                .singleElement().asString().contains("ALP/BET");
    }

    @Test
    void agentsGetPluralsSubstitutionsAndTheirRole() {
        List<String> a = records("en/agents.tsv");
        assertThat(a).anyMatch(l -> l.startsWith("army|armies\tMIL"));
        assertThat(a).anyMatch(l -> l.startsWith("foreign minister\tGOV"));
        assertThat(a).anyMatch(l -> l.startsWith("police|policemen\tCOP"));
        assertThat(a).anyMatch(l -> l.startsWith("dockman|dockmen|dockwoman|dockwomen\tLAB"));
        assertThat(a).anyMatch(l -> l.startsWith("relief agency|relief agencies\tNGO"));
        assertThat(result.losses()).anySatisfy((why, where) -> assertThat(why).contains("[XXX~]"));
    }

    @Test
    void verbPatternsBecomeCronistaPatternsWithTheirCodes() {
        List<String> e = records("en/events.tsv");
        assertThat(e).anyMatch(l -> l.contains("\t051\tpraise * * $T\t"));
        assertThat(e).anyMatch(l -> l.contains("\t051\tlaud|lauded * * $T\t"));
        assertThat(e).anyMatch(l -> l.contains("\t052\tpraise efforts * * $T\t"));
        assertThat(e).anyMatch(l -> l.contains("\t071\tgive|gave|given dollars * * $T\t"));
        assertThat(e).anyMatch(l -> l.contains("\t071\tgive|gave|given swiss francs * * $T\t"));
        assertThat(e).anyMatch(l -> l.contains("\t072\tgive|gave|given $T arms\t"));
        assertThat(e).anyMatch(l -> l.contains("\t040\tmeet|met * * $T\tsym\t"));
        assertThat(e).anyMatch(l -> l.contains("\t040\tsit|sat down * * $T\tsym\t"));
        assertThat(result.losses()).containsKeys("transformation (verb acting on a verb)",
                "code is not a CAMEO code (test or WEIS code)",
                "words before the verb (Cronista reads negation, modality and the subject itself)",
                "second code of [a:b] (the target's reply) is dropped");
        assertThat(result.losses().keySet()).anyMatch(k -> k.startsWith("null-coded pattern"));
    }

    @Test
    void theImportedFilesLoadAsKnowledgeInsteadOfTheShippedDictionaries() throws IOException {
        result.write(out);
        Knowledge k = Knowledge.load(KnowledgeSource.dictionariesOnly(List.of(out)));
        LanguagePack en = k.pack(LanguageTag.EN).orElseThrow();
        assertThat(en.actors()).allMatch(a -> a.ref().contains("actors.tsv"));
        assertThat(en.patterns()).isNotEmpty().allMatch(p -> p.id().startsWith("en."));
        assertThat(k.countries().all()).isEmpty();
        assertThat(en.grammar().words(org.cronista.knowledge.Grammar.WordClass.NEGATION)).contains("not");
        assertThat(DictionaryChecker.check(KnowledgeSource.dictionariesOnly(List.of(out))).problems()).isEmpty();
    }
}
