package io.heed.experiments.bandit;

import io.heed.core.explore.Sampling;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded Bernoulli bandit: cumulative expected regret against the best fixed arm,
 * {@code sum_t (max_a p_a - p_{a_t})}, for Thompson sampling and for uniform random choice as a baseline.
 */
public final class RegretSimulation {
    private RegretSimulation() {}

    public record Outcome(
            double[] armRates, int horizon, double thompsonRegret, double uniformRegret, double thompsonBestArmShare) {
        public Map<String, Object> figures() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ts_regret", thompsonRegret);
            m.put("uniform_regret", uniformRegret);
            m.put("ts_best_arm_share", thompsonBestArmShare);
            m.put("horizon", horizon);
            m.put("compared", "Thompson sampling vs uniform random, regret vs best fixed arm");
            return m;
        }
    }

    public static Outcome run(double[] armRates, int horizon, long seed) {
        SplittableRandom rng = Sampling.seeded(seed);
        double best = 0;
        int bestArm = 0;
        for (int a = 0; a < armRates.length; a++) {
            if (armRates[a] > best) {
                best = armRates[a];
                bestArm = a;
            }
        }
        ThompsonSampling ts = new ThompsonSampling(armRates.length, 1, 1, 1000);
        double tsRegret = 0;
        double uniRegret = 0;
        int bestPulls = 0;
        for (int t = 0; t < horizon; t++) {
            int a = ts.drawArgmax(rng);
            ts.update(a, Sampling.bernoulli(armRates[a], rng));
            tsRegret += best - armRates[a];
            bestPulls += a == bestArm ? 1 : 0;
            uniRegret += best - armRates[rng.nextInt(armRates.length)];
        }
        return new Outcome(armRates.clone(), horizon, tsRegret, uniRegret, (double) bestPulls / horizon);
    }
}
