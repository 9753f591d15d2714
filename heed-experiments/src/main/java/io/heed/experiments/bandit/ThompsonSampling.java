package io.heed.experiments.bandit;

import io.heed.core.explore.Choice;
import io.heed.core.explore.Pmf;
import io.heed.core.explore.Sampling;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Beta-Bernoulli Thompson sampling. {@link #choose} first computes the probability that each arm is the argmax
 * (exactly by numerical integration for 2 arms, by seeded Monte Carlo otherwise), then samples from it, so every
 * decision carries its propensity. Mutable (the posterior); not thread-safe.
 */
public final class ThompsonSampling {
    private final double[] alpha;
    private final double[] beta;
    private final int monteCarloDraws;

    /**
     * @param arms            number of arms (>= 2)
     * @param priorAlpha      Beta prior successes (> 0)
     * @param priorBeta       Beta prior failures (> 0)
     * @param monteCarloDraws draws for the argmax probabilities when arms > 2
     */
    public ThompsonSampling(int arms, double priorAlpha, double priorBeta, int monteCarloDraws) {
        if (arms < 2) {
            throw new IllegalArgumentException("need >= 2 arms, was " + arms);
        }
        if (!(priorAlpha > 0) || !(priorBeta > 0)) {
            throw new IllegalArgumentException("Beta prior parameters must be > 0");
        }
        if (monteCarloDraws < 100) {
            throw new IllegalArgumentException("monteCarloDraws must be >= 100, was " + monteCarloDraws);
        }
        this.alpha = new double[arms];
        this.beta = new double[arms];
        java.util.Arrays.fill(alpha, priorAlpha);
        java.util.Arrays.fill(beta, priorBeta);
        this.monteCarloDraws = monteCarloDraws;
    }

    public int arms() {
        return alpha.length;
    }

    public void update(int arm, boolean success) {
        if (success) {
            alpha[arm] += 1;
        } else {
            beta[arm] += 1;
        }
    }

    public double posteriorMean(int arm) {
        return alpha[arm] / (alpha[arm] + beta[arm]);
    }

    /** Probability of each arm being chosen (being the posterior argmax). */
    public Pmf armProbabilities(SplittableRandom rng) {
        if (alpha.length == 2) {
            double p1 = probabilityGreater(alpha[1], beta[1], alpha[0], beta[0]);
            return Pmf.ofWeights(1 - p1, p1);
        }
        double[] wins = new double[alpha.length];
        for (int m = 0; m < monteCarloDraws; m++) {
            wins[drawArgmax(rng)] += 1;
        }
        // Add-half smoothing keeps every propensity strictly positive, as off-policy evaluation needs.
        for (int i = 0; i < wins.length; i++) {
            wins[i] += 0.5;
        }
        return Pmf.ofWeights(wins);
    }

    /** Computes the arm probabilities, then samples an arm: the returned propensity is the sampling probability. */
    public Choice choose(SplittableRandom rng) {
        return Sampling.choose(armProbabilities(rng), rng);
    }

    /** Classic Thompson draw (one sample per arm, argmax) without a propensity; same distribution as choose. */
    public int drawArgmax(SplittableRandom rng) {
        int best = 0;
        double bestValue = -1;
        for (int i = 0; i < alpha.length; i++) {
            double v = Sampling.beta(alpha[i], beta[i], rng);
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        return best;
    }

    /**
     * {@code P(X > Y)} for {@code X ~ Beta(a1, b1)}, {@code Y ~ Beta(a2, b2)}: {@code ∫ f_X(x) F_Y(x) dx} by
     * composite Simpson over X's central {@code 1 - 2e-12} mass.
     */
    static double probabilityGreater(double a1, double b1, double a2, double b2) {
        BetaDistribution x = BetaDistribution.of(a1, b1);
        BetaDistribution y = BetaDistribution.of(a2, b2);
        double lo = x.inverseCumulativeProbability(1e-12);
        double hi = x.inverseSurvivalProbability(1e-12);
        int n = 4000;
        double h = (hi - lo) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double t = lo + i * h;
            double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * x.density(t) * y.cumulativeProbability(t);
        }
        double p = sum * h / 3;
        return Math.max(0, Math.min(1, p));
    }
}
