package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeTest {

    @ParameterizedTest(name = "seed {0}, {1} days, {2} events")
    @CsvSource({"1, 14, 30000", "2, 14, 30000", "3, 7, 30000", "4, 1, 30000", "5, 2, 60000", "6, 30, 100000"})
    void eventTotalLandsWithinTwoPercentOfTheTarget(long seed, int days, long target, @TempDir Path dir)
            throws IOException {
        SimConfig cfg = SimConfig.small().withSeed(seed).withDays(days).withEvents(target);

        SimSummary s = new Simulator(cfg).run(dir, n -> {});

        assertThat((double) s.events()).isCloseTo(target, within(0.02 * target));
        assertThat(s.users()).isEqualTo(cfg.users());
        assertThat(s.bots()).isEqualTo(UserPopulation.BOTS);
        assertThat(s.eventsByType().keySet())
                .containsExactly("impression", "view", "click", "dwell", "add_to_cart", "purchase", "rating", "share");
        assertThat(s.eventsByType().values()).allMatch(n -> n > 0);
    }
}
