package io.heed.experiments.calibration;

import io.heed.core.explore.Sampling;
import io.heed.experiments.stats.Msprt;
import io.heed.experiments.stats.StatsException;
import io.heed.experiments.stats.TwoProportionZTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Runs {@code tests} seeded A/A experiments with Bernoulli conversions at {@code baseRate} in both arms. Each test
 * is read once at the horizon with the two-proportion z-test, and peeked at every {@code peekEvery} units per arm
 * with mSPRT (rejecting the first time its always-valid p-value is at most alpha).
 */
public final class AaCalibration {
    private AaCalibration() {}

    /**
     * @param tests       number of A/A tests (e.g. 1000)
     * @param unitsPerArm horizon per arm
     * @param baseRate    conversion probability in both arms
     * @param peekEvery   units per arm between mSPRT peeks
     * @param alpha       significance level
     * @param tau2        mSPRT mixture variance on the difference of proportions
     * @param seed        seed of the simulation
     */
    public record Config(
            int tests, int unitsPerArm, double baseRate, int peekEvery, double alpha, double tau2, long seed) {
        public Config {
            if (tests < 1 || unitsPerArm < 2 || peekEvery < 1) {
                throw new IllegalArgumentException("tests >= 1, unitsPerArm >= 2 and peekEvery >= 1 required");
            }
            if (!(baseRate > 0 && baseRate < 1) || !(alpha > 0 && alpha < 1) || !(tau2 > 0)) {
                throw new IllegalArgumentException("baseRate and alpha in (0,1), tau2 > 0 required");
            }
        }

        /** 1000 tests of 2,000 units per arm at 10%, peeking every 50 units, alpha 0.05, tau = 0.01. */
        public static Config defaults() {
            return new Config(1000, 2000, 0.10, 50, 0.05, 1e-4, 20261128L);
        }
    }

    /** Counts and rates; {@link #figures()} gives the flat map for bench-results. */
    public record Outcome(
            Config config,
            int fixedRejections,
            int sequentialRejections,
            int naivePeekingRejections,
            int uninformative) {
        public double fprFixed() {
            return (double) fixedRejections / config.tests();
        }

        public double fprSequential() {
            return (double) sequentialRejections / config.tests();
        }

        /** Rate of the fixed-horizon z-test read at every peek (what mSPRT prevents): inflated by design. */
        public double fprNaivePeeking() {
            return (double) naivePeekingRejections / config.tests();
        }

        public Map<String, Object> figures() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("aa_fpr_fixed", fprFixed());
            m.put("aa_fpr_sequential", fprSequential());
            m.put("aa_fpr_naive_peeking", fprNaivePeeking());
            m.put("aa_tests", config.tests());
            m.put("aa_units_per_arm", config.unitsPerArm());
            m.put("aa_base_rate", config.baseRate());
            m.put("aa_peek_every", config.peekEvery());
            m.put("aa_alpha", config.alpha());
            m.put("aa_msprt_tau2", config.tau2());
            m.put("aa_seed", config.seed());
            m.put("aa_uninformative_tests", uninformative);
            m.put("compared", "fixed-horizon two-proportion z-test vs mSPRT (normal mixture) with peeking");
            return m;
        }
    }

    public static Outcome run(Config c) {
        SplittableRandom root = Sampling.seeded(c.seed());
        int fixed = 0;
        int sequential = 0;
        int naive = 0;
        int uninformative = 0;
        Msprt msprt = new Msprt(c.tau2(), 0);
        for (int t = 0; t < c.tests(); t++) {
            SplittableRandom rng = root.split();
            Msprt.Monitor monitor = msprt.monitor();
            long a = 0;
            long b = 0;
            boolean stopped = false;
            boolean naiveStopped = false;
            for (int i = 1; i <= c.unitsPerArm(); i++) {
                a += Sampling.bernoulli(c.baseRate(), rng) ? 1 : 0;
                b += Sampling.bernoulli(c.baseRate(), rng) ? 1 : 0;
                if (i % c.peekEvery() == 0) {
                    stopped = stopped || monitor.peek(a, i, b, i).rejects(c.alpha());
                    naiveStopped = naiveStopped || naiveRejects(a, b, i, c.alpha());
                }
            }
            sequential += stopped ? 1 : 0;
            naive += naiveStopped ? 1 : 0;
            try {
                if (TwoProportionZTest.test(a, c.unitsPerArm(), b, c.unitsPerArm(), 1 - c.alpha())
                                .pValue()
                        <= c.alpha()) {
                    fixed++;
                }
            } catch (StatsException e) {
                uninformative++; // no conversions at all: the z-test is undefined, counted as not rejecting
            }
        }
        return new Outcome(c, fixed, sequential, naive, uninformative);
    }

    private static boolean naiveRejects(long a, long b, int n, double alpha) {
        if (a + b == 0 || a + b == 2L * n) {
            return false;
        }
        return TwoProportionZTest.test(a, n, b, n, 1 - alpha).pValue() <= alpha;
    }
}
