package io.heed.ads.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.model.Pricing;
import io.heed.ads.model.Targeting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacerTest {

    @Test
    void spendsTheDailyBudgetEvenlyOverTheDay() {
        // alone in the feed it pays the 0.50 floor per mille; 20.00 a day is 40,000 of 86,400 requests (one a second)
        Fixtures f =
                new Fixtures().add(Fixtures.campaign("paced", Pricing.CPM, 1.0, 100, 20, Targeting.ANY, List.of()));
        DecisionEngine e = f.engine();
        long day = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
        long[] spentAt = new long[4];
        for (int s = 0; s < 86_400; s++) {
            long t = day + s * 1000L;
            e.decide(DecisionRequest.builder()
                    .requestId("r" + s)
                    .placement("feed")
                    .timestampMillis(t)
                    .build());
            if ((s + 1) % 21_600 == 0) {
                spentAt[(s + 1) / 21_600 - 1] = e.ledger().dailyMicros("paced", t);
            }
        }
        // a quarter of the budget per quarter of the day, within 10% of the daily budget
        for (int q = 0; q < 4; q++) {
            assertThat(spentAt[q] / 1e6).as("quarter " + q).isBetween(5.0 * (q + 1) - 2, 5.0 * (q + 1) + 2);
        }
        assertThat(spentAt[3]).isLessThanOrEqualTo(20_000_000);
    }
}
