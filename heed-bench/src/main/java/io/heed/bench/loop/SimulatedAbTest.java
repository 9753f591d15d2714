package io.heed.bench.loop;

import io.heed.experiments.stats.Interval;
import io.heed.experiments.stats.RatioMetric;
import io.heed.explore.HashAssigner;
import io.heed.sim.Outcome;
import io.heed.sim.PolicyValue;
import io.heed.sim.ServingStrategy;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * An A/B test in the closed loop: visitors arrive, each user is assigned to control or treatment by heed-explore's
 * salted hash (50/50), the assigned strategy decides and the world answers. CTR and revenue per impression are
 * compared per user by the delta method (users are the randomisation unit); the world's exact true values of both
 * strategies sit beside the estimates.
 */
public final class SimulatedAbTest {
    private SimulatedAbTest() {
    }

    public record Result(int arrivals, int controlUsers, int treatmentUsers, Uplift ctr, Uplift revenue) {
    }

    /** True values, computed once per strategy pair (exact, so they may be reused across repetitions). */
    public record Truth(PolicyValue control, PolicyValue treatment) {
        public static Truth of(SimWorld w, ServingStrategy control, ServingStrategy treatment) {
            return new Truth(w.trueValue(control), w.trueValue(treatment));
        }
    }

    public static Result run(SimWorld world, ServingStrategy control, ServingStrategy treatment, Truth truth,
                             int arrivals, String salt, long seed, double confidence) {
        int users = world.users();
        double[][] imp = new double[2][users];
        double[][] clk = new double[2][users];
        double[][] rev = new double[2][users];
        int[] arm = new int[users];
        java.util.Arrays.fill(arm, -1);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < arrivals; i++) {
            Visitor v = world.arrive(rng);
            int u = v.userIndex();
            if (arm[u] < 0) {
                arm[u] = HashAssigner.bucket(salt, v.userId()) < HashAssigner.BUCKETS / 2 ? 0 : 1;
            }
            Outcome o = world.serve(v, (arm[u] == 0 ? control : treatment).decide(v), rng);
            imp[arm[u]][u]++;
            clk[arm[u]][u] += o.click() ? 1 : 0;
            rev[arm[u]][u] += o.revenue();
        }
        double[][][] byArm = new double[3][2][];
        int[] n = new int[2];
        for (int a = 0; a < 2; a++) {
            List<Integer> seen = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                if (arm[u] == a) {
                    seen.add(u);
                }
            }
            n[a] = seen.size();
            byArm[0][a] = pick(imp[a], seen);
            byArm[1][a] = pick(clk[a], seen);
            byArm[2][a] = pick(rev[a], seen);
        }
        Uplift ctr = uplift("ctr", byArm[1], byArm[0], confidence, truth.control().ctr(), truth.treatment().ctr());
        Uplift revenue = uplift("revenue_per_impression", byArm[2], byArm[0], confidence,
                truth.control().revenuePerImpression(), truth.treatment().revenuePerImpression());
        return new Result(arrivals, n[0], n[1], ctr, revenue);
    }

    private static double[] pick(double[] values, List<Integer> idx) {
        double[] out = new double[idx.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[idx.get(i)];
        }
        return out;
    }

    static Uplift uplift(String metric, double[][] num, double[][] den, double confidence, double trueC, double trueT) {
        RatioMetric.Comparison c = RatioMetric.compare(num[0], den[0], num[1], den[1], confidence);
        double cv = c.control().estimate();
        double tv = c.treatment().estimate();
        double rel = tv / cv - 1;
        // delta method for T/C with independent arms: Var ~ Var(T)/C^2 + T^2 Var(C)/C^4
        double se = Math.sqrt(c.treatment().variance() / (cv * cv) + tv * tv * c.control().variance() / (cv * cv * cv * cv));
        double q = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidence) / 2);
        return new Uplift(metric, cv, tv, c.difference(), c.ci(), rel, new Interval(rel - q * se, rel + q * se),
                trueC, trueT);
    }
}
