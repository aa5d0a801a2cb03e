package org.cronista.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Matching keys fold case, accents and apostrophes, but keep letters that are letters of their own. */
class KeysTest {

    @Test
    void foldsCaseAccentsAndApostrophes() {
        assertThat(Keys.fold("Kíev")).isEqualTo("kiev");
        assertThat(Keys.fold("dell’")).isEqualTo("dell'");
        assertThat(Keys.fold("Außenminister")).isEqualTo("aussenminister");
        assertThat(Keys.fold("NATO")).isEqualTo("nato");
    }

    @Test
    void keepsRussianShortIButFoldsYo() {
        assertThat(Keys.fold("Маврикий")).isNotEqualTo(Keys.fold("Маврикии"));
        assertThat(Keys.fold("Пётр")).isEqualTo(Keys.fold("Петр"));
        assertThat(Keys.fold("ЗЕЛЕНСКИЙ")).isEqualTo("зеленский");
    }
}
