package org.cronista.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TensionTest {
    private static final Tension.Settings WEEKLY = new Tension.Settings(Resolution.WEEK, 4, 3.0, 3, null);

    @Test
    void aQuietHistoryThenAJumpRaisesAnAlertWithTheStandardDeviationFlooredAtOne() {
        Tension.DyadTension t = Tension.measure("JPN", "PRK", new double[] {0, 0, 2, 0, 24}, 4, WEEKLY);
        assertThat(t.mean()).isEqualTo(0.5);
        assertThat(t.sd()).isEqualTo(0.87);
        assertThat(t.z()).isEqualTo(23.5);
        assertThat(t.alert()).isTrue();
        assertThat(t.history()).containsExactly(0.0, 0.0, 2.0, 0.0, 24.0);
    }

    @Test
    void aSteadyConflictIsNoAlertAndTooFewEventsAreNoneEither() {
        assertThat(Tension.measure("RUS", "UKR", new double[] {12, 10, 14, 12, 13}, 3, WEEKLY).alert()).isFalse();
        Tension.DyadTension spike = Tension.measure("EGY", "SDN", new double[] {0, 0, 0, 0, 10}, 1, WEEKLY);
        assertThat(spike.z()).isEqualTo(10.0);
        assertThat(spike.alert()).isFalse();
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(Resolution.WEEK.start(java.time.LocalDate.of(2026, 11, 22))).isEqualTo("2026-11-16");
        assertThat(Resolution.DAY.start(java.time.LocalDate.of(2026, 11, 22))).isEqualTo("2026-11-22");
    }
}
