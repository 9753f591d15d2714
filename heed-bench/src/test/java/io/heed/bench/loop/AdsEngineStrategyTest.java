package io.heed.bench.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.ads.attention.PersonaAdCtrModel;
import io.heed.ads.model.UserAdResponse;
import io.heed.sim.AdSpec;
import io.heed.sim.Decision;
import io.heed.sim.Outcome;
import io.heed.sim.SimConfig;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The loop's attention strategy served by heed-ads' decision engine, on a simulated world with a click model fitted
 * to generated logs (no store needed): eligible ads only, budgets held, propensities as the engine reports them,
 * and the same auction as the hand-written reference while budgets do not bind.
 */
class AdsEngineStrategyTest {
    static SimWorld world;
    static PersonaAdCtrModel model;
    static Map<String, String> personas = new HashMap<>();
    static final Instant T0 = Instant.parse("2026-10-15T00:00:00Z");

    @BeforeAll
    static void world() {
        world = SimWorld.create(SimConfig.small().withUsers(300));
        // logs drawn from the world's true click rates under uniform serving, personas by user index mod 4
        SplittableRandom rng = new SplittableRandom(7);
        int[] cand = world.candidates();
        List<UserAdResponse> logs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Visitor v = world.arrive(rng);
            int ad = cand[rng.nextInt(cand.length)];
            personas.put(v.userId(), "p" + v.userIndex() % 4);
            logs.add(new UserAdResponse(
                    v.userId(), world.ads().get(ad).id(), 1, rng.nextDouble() < world.trueCtr(v, ad) ? 1 : 0));
        }
        model = ClosedLoop.train(logs, personas);
    }

    private static AdsEngineStrategy engine(double budget) {
        return new AdsEngineStrategy(personas, model, world.ads(), world.candidates(), budget, budget, T0, 1000);
    }

    @Test
    void servesOnlyEligibleFeedAdsAtNoMoreThanTheirBid() {
        AdsEngineStrategy s = engine(1e6);
        Set<Integer> eligible = new HashSet<>();
        for (int a : world.candidates()) {
            eligible.add(a);
        }
        assertThat(world.ads().size())
                .as("the world also has ads the feed slot cannot show")
                .isGreaterThan(eligible.size());
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 2_000; i++) {
            Decision d = s.decide(world.arrive(rng));
            assertThat(d.ads()).hasSize(1);
            AdSpec ad = world.ads().get(d.ads()[0]);
            assertThat(eligible).contains(ad.index());
            assertThat(ad.format()).isEqualTo("native");
            assertThat(d.pricePerClick()[0]).isPositive().isLessThanOrEqualTo(ad.cpcBid() + 1e-12);
        }
        assertThat(s.houseFills()).isZero();
    }

    @Test
    void reportedPropensitiesAreTheEnginesAndTheWorldsOwn() {
        AdsEngineStrategy s = engine(1e6);
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 500; i++) {
            Visitor v = world.arrive(rng);
            Decision d = s.decide(v);
            var served = s.lastServed(d.ads()[0]);
            assertThat(served.propensity()).isEqualTo(d.probabilities()[0]).isEqualTo(1.0);
            assertThat(served.candidate().throttle()).isEqualTo(1.0);
            assertThat(served.price()).isEqualTo(d.pricePerClick()[0]);
            Outcome o = world.serve(v, d, rng);
            assertThat(o.propensity()).isEqualTo(served.propensity());
            assertThat(o.ad()).isEqualTo(d.ads()[0]);
        }
    }

    @Test
    void reproducesTheHandWrittenSecondPriceAuctionWhileBudgetsDoNotBind() {
        AdsEngineStrategy s = engine(1e6);
        AttentionAuctionStrategy reference =
                new AttentionAuctionStrategy(personas, model, world.ads(), world.candidates());
        for (String p : new String[] {"p0", "p1", "p2", "p3", null}) {
            Decision e = s.decideFor(p);
            Decision r = reference.decideFor(p);
            assertThat(e.ads()).isEqualTo(r.ads());
            assertThat(e.pricePerClick()[0]).isCloseTo(r.pricePerClick()[0], within(1e-9));
        }
    }

    @Test
    void clicksSpendTheBudgetsNeverBeyondThemAndSpentCampaignsGiveWayToOthers() {
        AdsEngineStrategy s = engine(0.1);
        SplittableRandom rng = new SplittableRandom(3);
        Map<Integer, Integer> servedAfterSpent = new HashMap<>();
        double billed = 0;
        for (int i = 0; i < 150_000; i++) {
            Visitor v = world.arrive(rng);
            Decision d = s.decide(v);
            if (d.ads().length == 1
                    && s.spentOut().contains(world.ads().get(d.ads()[0]).id())) {
                servedAfterSpent.merge(d.ads()[0], 1, Integer::sum);
            }
            Outcome o = world.serve(v, d, rng);
            s.observe(v, o);
            billed += o.revenue();
        }
        double spent = 0;
        for (int a : world.candidates()) {
            assertThat(s.spent(a)).as("spend of ad %d", a).isLessThanOrEqualTo(0.1);
            spent += s.spent(a);
        }
        assertThat(servedAfterSpent)
                .as("no campaign is served once its budget is spent")
                .isEmpty();
        // every budget binds but the last campaign's: alone in the auction it pays the floor (0), so it never spends
        assertThat(s.spentOut()).hasSize(world.candidates().length - 1);
        Decision last = s.decide(world.arrive(rng));
        assertThat(s.spentOut()).doesNotContain(world.ads().get(last.ads()[0]).id());
        assertThat(last.pricePerClick()[0]).isZero();
        assertThat(s.houseFills()).isZero();
        // what the world billed is what the ledger charged, but for the last click of each campaign (capped)
        assertThat(billed)
                .isGreaterThanOrEqualTo(spent - 1e-6)
                .isLessThanOrEqualTo(spent + world.candidates().length * maxBid());
        assertThat(s.requests()).isEqualTo(150_001);
    }

    private static double maxBid() {
        return world.ads().stream().mapToDouble(AdSpec::cpcBid).max().orElseThrow();
    }

    @Test
    void rejectsAnEmptyCandidateListAndANegativeClockStep() {
        assertThatThrownBy(() -> new AdsEngineStrategy(personas, model, world.ads(), new int[0], 1, 1, T0, 1))
                .hasMessageContaining("at least one candidate");
        assertThatThrownBy(() -> new AdsEngineStrategy(personas, model, world.ads(), world.candidates(), 1, 1, T0, -1))
                .hasMessageContaining("stepMillis");
        assertThatThrownBy(() -> new AdsEngineStrategy(personas, model, world.ads(), world.candidates(), 0, 0, T0, 1))
                .hasMessageContaining("budget");
    }
}
