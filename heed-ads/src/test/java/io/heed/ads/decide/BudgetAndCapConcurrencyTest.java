package io.heed.ads.decide;

import static io.heed.ads.decide.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Targeting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BudgetAndCapConcurrencyTest {

    @Test
    void budgetsAndCapsHoldUnderConcurrentRequests() throws Exception {
        Fixtures f = new Fixtures()
                // 2.00 per mille, budget 0.50: at most 250 impressions
                .add(Fixtures.campaign("budget", Pricing.CPM, 2.0, 0.5, 0.5, Targeting.ANY, List.of()))
                // 3 per user per hour
                .add(Fixtures.campaign(
                        "capped",
                        Pricing.CPM,
                        1.5,
                        1000,
                        1000,
                        Targeting.ANY,
                        List.of(new FrequencyCap(3, Duration.ofHours(1)))));
        DecisionEngine e = f.engine();
        AtomicLong charged = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String user = "u" + (i % 20);
                    Decision d = e.decide(request(thread + "-" + i, "feed", user, true, null, "FR"));
                    d.ads().forEach(a -> charged.addAndGet(a.chargedMicros()));
                }
            }));
        }
        for (Future<?> x : fs) {
            x.get();
        }
        pool.shutdown();
        long served = f.logged.stream()
                .flatMap(d -> d.ads().stream())
                .filter(a -> a.candidate().campaignId().equals("budget"))
                .count();
        long budgetCharged = f.logged.stream()
                .flatMap(d -> d.ads().stream())
                .filter(a -> a.candidate().campaignId().equals("budget"))
                .mapToLong(ServedAd::chargedMicros)
                .sum();
        assertThat(budgetCharged).isLessThanOrEqualTo(500_000);
        assertThat(budgetCharged).isGreaterThan(495_000); // the budget is used, not just protected
        assertThat(served).isGreaterThan(250L);
        assertThat(e.ledger().totalMicros("budget")).isEqualTo(budgetCharged);
        for (int u = 0; u < 20; u++) {
            String user = "u" + u;
            long shown = f.logged.stream()
                    .filter(d -> user.equals(d.userId()))
                    .flatMap(d -> d.ads().stream())
                    .filter(a -> a.candidate().campaignId().equals("capped"))
                    .count();
            assertThat(shown).as(user).isEqualTo(3);
        }
        // a sweep keeps cap history still inside the window, and forgets it once the window has passed
        e.sweep(Fixtures.NOON + 1_000);
        assertThat(e.capper().count("capped", "u1", Fixtures.NOON + 1_000, 3_600_000))
                .isEqualTo(3);
        e.sweep(Fixtures.NOON + 3 * 3_600_000L);
        assertThat(e.capper().count("capped", "u1", Fixtures.NOON, 3_600_000)).isZero();
    }
}
