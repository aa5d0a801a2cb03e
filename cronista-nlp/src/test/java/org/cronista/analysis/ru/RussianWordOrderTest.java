package org.cronista.analysis.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cronista.analysis.Analyzers;
import org.cronista.api.LanguageTag;
import org.cronista.api.text.Token;
import org.cronista.knowledge.Knowledge;
import org.cronista.knowledge.KnowledgeSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Russian subject named after its verb comes first; other clauses keep their order. */
class RussianWordOrderTest {
    private static Analyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new Analyzers(Knowledge.load(KnowledgeSource.shipped()));
    }

    private static List<String> words(String text) {
        return analyzers.get(LanguageTag.of("ru")).orElseThrow().analyze(text).sentences().get(0).tokens().stream()
                .map(Token::text).toList();
    }

    @Test
    void putsANominativeSubjectAfterTheVerbFirst() {
        assertThat(words("Николаса Мадуро поздравил президент России."))
                .containsExactly("президент", "России", "поздравил", "Николаса", "Мадуро", ".");
        assertThat(words("Об этом заявил МИД России."))
                .containsExactly("Об", "этом", "МИД", "России", "заявил", ".");
        assertThat(words("Елизавету II посетили родственники и близкие."))
                .containsExactly("родственники", "и", "близкие", "посетили", "Елизавету", "II", ".");
    }

    @Test
    void keepsSubjectFirstClausesAndVerbsThatDisagree() {
        assertThat(words("Россия атаковала Украину.")).containsExactly("Россия", "атаковала", "Украину", ".");
        assertThat(words("Вчера атаковали Киев.")).containsExactly("Вчера", "атаковали", "Киев", ".");
        assertThat(words("В понедельник Путин встретился с Кимом."))
                .containsExactly("В", "понедельник", "Путин", "встретился", "с", "Кимом", ".");
    }
}
