package org.cronista.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cronista.api.LanguageDetector.DetectedLanguage;
import org.cronista.api.LanguageTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language identification of short news texts, and refusal of what is not a supported language. */
class LinguaLanguageDetectorTest {
    private static LinguaLanguageDetector detector;

    @BeforeAll
    static void build() {
        detector = LinguaLanguageDetector.create(List.of(LanguageTag.of("it"), LanguageTag.of("en"),
                LanguageTag.of("es"), LanguageTag.of("fr"), LanguageTag.of("de"), LanguageTag.of("ru")));
    }

    private static String lang(String text) {
        return detector.detect(text).map(DetectedLanguage::language).map(LanguageTag::code).orElse("?");
    }

    @Test
    void tellsTheSixLanguagesApartOnHeadlines() {
        assertThat(lang("Il governo approva la manovra dopo un lungo vertice notturno")).isEqualTo("it");
        assertThat(lang("Government approves budget after long overnight summit")).isEqualTo("en");
        assertThat(lang("El Gobierno aprueba los presupuestos tras una larga cumbre nocturna")).isEqualTo("es");
        assertThat(lang("Le gouvernement adopte le budget après un long sommet nocturne")).isEqualTo("fr");
        assertThat(lang("Regierung verabschiedet Haushalt nach langem nächtlichem Gipfel")).isEqualTo("de");
        assertThat(lang("Правительство одобрило бюджет после долгого ночного саммита")).isEqualTo("ru");
    }

    @Test
    void reportsNeighbourLanguagesAsThemselves() {
        assertThat(lang("O governo aprova o orçamento depois de uma longa cimeira noturna")).isEqualTo("pt");
        assertThat(lang("Уряд схвалив бюджет після довгого нічного саміту")).isEqualTo("uk");
    }

    @Test
    void undeterminedTextIsEmpty() {
        assertThat(detector.detect("12345 !!! ???")).isEmpty();
    }
}
