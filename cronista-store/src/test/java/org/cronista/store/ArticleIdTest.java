package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cronista.api.Article;
import org.junit.jupiter.api.Test;

class ArticleIdTest {
    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

    @Test
    void theSameTextReadFromAnywhereHasTheSameId() {
        Article a = new Article("file.txt", null, null, DAY, null, "Headline", "Body  text\nhere.");
        Article b = new Article("feed#3", "https://x.example", "X", DAY.plusDays(1), null, " Headline ", "Body text here. ");
        assertThat(ArticleId.of(a)).isEqualTo(ArticleId.of(b)).matches("[0-9a-f]{32}");
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameTextButAnotherWordIsNot() {
        assertThat(ArticleId.ofText("caf\u00e9 ouvert")).isEqualTo(ArticleId.ofText("cafe\u0301 ouvert"));
        assertThat(ArticleId.ofText("caf\u00e9 ouvert")).isNotEqualTo(ArticleId.ofText("caf\u00e9 ferm\u00e9"));
    }
}
