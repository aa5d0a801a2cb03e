package org.cronista.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventKeyTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    @Test
    void theKeyIsSourceTargetCodeDayAndPlaceAndItsIdIsStableAndPositive() {
        EventKey k = new EventKey("RUS", "UKR", "111", DAY, "");
        assertThat(k.value()).isEqualTo("RUS|UKR|111|2024-03-04|");
        assertThat(k.id()).isEqualTo(new EventKey("RUS", "UKR", "111", DAY, "").id()).isPositive();
    }

    @Test
    void anotherDayPlaceTargetOrCodeIsAnotherEvent() {
        long id = new EventKey("RUS", "UKR", "111", DAY, "").id();
        assertThat(new EventKey("RUS", "UKR", "111", DAY.plusDays(1), "").id()).isNotEqualTo(id);
        assertThat(new EventKey("RUS", "UKR", "111", DAY, "703448").id()).isNotEqualTo(id);
        assertThat(new EventKey("RUS", "", "111", DAY, "").id()).isNotEqualTo(id);
        assertThat(new EventKey("RUS", "UKR", "112", DAY, "").id()).isNotEqualTo(id);
    }
}
