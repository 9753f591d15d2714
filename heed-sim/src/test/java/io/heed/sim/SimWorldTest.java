package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closed-loop world: the same entities as the simulator's files, answers drawn from the true probabilities. */
class SimWorldTest {
    static final SimConfig CFG = SimConfig.small();

    /** Uniform over the candidates, each click paying its CPC bid. */
    static ServingStrategy uniform(SimWorld w) {
        int[] c = w.candidates();
        double[] p = new double[c.length];
        double[] price = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            p[i] = 1.0 / c.length;
            price[i] = w.ads().get(c[i]).cpcBid();
        }
        Decision d = new Decision(c, p, price);
        return new ServingStrategy() {
            @Override
            public String name() {
                return "uniform";
            }

            @Override
            public Decision decide(Visitor v) {
                return d;
            }
        };
    }

    @Test
    void theWorldHoldsTheSimulatorsAdsAndUsers(@TempDir Path dir) throws Exception {
        new Simulator(CFG).run(dir, n -> {});
        SimWorld w = SimWorld.create(CFG);
        List<String> csv = Files.readAllLines(dir.resolve("ads.csv"));
        assertThat(csv).hasSize(w.ads().size() + 1);
        AdSpec first = w.ads().get(0);
        assertThat(csv.get(1)).startsWith(first.id() + ",").contains("," + first.campaignId() + ",");
        assertThat(java.util.Arrays.stream(w.candidates()))
                .allMatch(i -> w.ads().get(i).format().equals("native"));
        Visitor v = w.arrive(new SplittableRandom(1));
        assertThat(Files.readString(dir.resolve("users.csv"))).contains(v.userId() + ",");
    }

    @Test
    void observedRatesConvergeToTheTrueValue() {
        SimWorld w = SimWorld.create(CFG);
        ServingStrategy s = uniform(w);
        PolicyValue truth = w.trueValue(s);
        SplittableRandom rng = new SplittableRandom(42);
        int n = 200_000;
        double clicks = 0;
        double revenue = 0;
        for (int i = 0; i < n; i++) {
            Visitor v = w.arrive(rng);
            Outcome o = w.serve(v, s.decide(v), rng);
            clicks += o.click() ? 1 : 0;
            revenue += o.revenue();
            assertThat(o.propensity()).isCloseTo(1.0 / w.candidates().length, within(1e-12));
        }
        double se = Math.sqrt(truth.ctr() * (1 - truth.ctr()) / n);
        assertThat(clicks / n).isCloseTo(truth.ctr(), within(4 * se));
        assertThat(revenue / n).isCloseTo(truth.revenuePerImpression(), within(0.05 * truth.revenuePerImpression()));
        assertThat(truth.ctr()).isBetween(0.001, 0.2);
        assertThat(w.trueValue(s, id -> true)).isEqualTo(truth);
        assertThatThrownBy(() -> w.trueValue(s, id -> false)).hasMessageContaining("no user passes");
    }

    @Test
    void badDecisionsAreRefused() {
        assertThatThrownBy(() -> new Decision(new int[] {1, 2}, new double[] {0.5, 0.4}, new double[] {1, 1}))
                .hasMessageContaining("sum to");
        assertThatThrownBy(() -> new Decision(new int[] {1, 2}, new double[] {1, 0}, new double[] {1, 1}))
                .hasMessageContaining("probabilities must be > 0");
        assertThatThrownBy(() -> new Decision(new int[] {}, new double[] {}, new double[] {}))
                .hasMessageContaining("one probability");
    }
}
