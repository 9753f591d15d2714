package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExposureMemoryTest {

    @Test
    void countsDecayWithTheHalfLife() {
        ExposureMemory m = new ExposureMemory(24);

        assertThat(m.seenThenRecord(1, false, 7, 0)).isZero();
        assertThat(m.seenThenRecord(1, false, 7, 0)).isEqualTo(1.0);
        assertThat(m.seenThenRecord(1, false, 7, 24 * 60)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void itemsAdsAndUsersAreSeparateKeys() {
        ExposureMemory m = new ExposureMemory(24);
        m.seenThenRecord(1, false, 7, 0);

        assertThat(m.seenThenRecord(1, true, 7, 0)).isZero();
        assertThat(m.seenThenRecord(2, false, 7, 0)).isZero();
        assertThat(m.seenThenRecord(1, false, 8, 0)).isZero();
    }

    @Test
    void growsAndPrunesFadedEntries() {
        ExposureMemory m = new ExposureMemory(1);
        for (int i = 0; i < 100_000; i++) {
            m.seenThenRecord(i % 1000, i % 2 == 0, i, 0);
        }
        m.seenThenRecord(5, false, 123_456, 600);

        m.prune(600);

        assertThat(m.size()).isEqualTo(1);
        assertThat(m.seenThenRecord(5, false, 123_456, 600)).isEqualTo(1.0);
        assertThat(m.seenThenRecord(0, true, 0, 600)).isZero();
    }
}
