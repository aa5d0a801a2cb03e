package org.cronista.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cronista.knowledge.EventPattern.Element;
import org.cronista.knowledge.EventPattern.Gap;
import org.cronista.knowledge.EventPattern.Slot;
import org.cronista.knowledge.EventPattern.Word;
import org.junit.jupiter.api.Test;

/** The pattern syntax of FORMATS.md parses as documented. */
class EventPatternTest {

    @Test
    void parsesWordsAlternativesOptionalsSlotsAndGaps() {
        List<Element> e = EventPattern.parse("presentare protesta [formale] a|presso $T * ieri", false);
        assertThat(e).hasSize(7);
        assertThat(((Word) e.get(0)).keys()).containsExactly("presentare");
        assertThat(((Word) e.get(2)).optional()).isTrue();
        assertThat(((Word) e.get(3)).keys()).containsExactlyInAnyOrder("a", "presso");
        assertThat(((Slot) e.get(4)).target()).isTrue();
        assertThat(e.get(5)).isInstanceOf(Gap.class);
    }

    @Test
    void keysAreFolded() {
        Word w = (Word) EventPattern.parse("Zusammentreffen", false).get(0);
        assertThat(w.keys()).containsExactly("zusammentreffen");
        Word accent = (Word) EventPattern.parse("protéger", false).get(0);
        assertThat(accent.keys()).containsExactly("proteger");
    }

    @Test
    void rejectsMalformedPatterns() {
        assertThatThrownBy(() -> EventPattern.parse("$T attack", false)).hasMessageContaining("anchor");
        assertThatThrownBy(() -> EventPattern.parse("meet $T $T", false)).hasMessageContaining("at most one");
        assertThatThrownBy(() -> EventPattern.parse("meet between $S and $T", false)).hasMessageContaining("noun");
        assertThatThrownBy(() -> EventPattern.parse("meet *", false)).hasMessageContaining("gap");
        assertThatThrownBy(() -> EventPattern.parse("meet [with", false)).hasMessageContaining("bad pattern element");
    }
}
