package io.heed.core.explore;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded sampling: every method takes the generator explicitly; nothing here creates an unseeded one.
 * Compute the probabilities first, then sample ({@link #choose}), so every decision carries its propensity.
 */
public final class Sampling {
    private Sampling() {}

    /** A generator for the given seed (the only factory used in Heed's exploration code). */
    public static SplittableRandom seeded(long seed) {
        return new SplittableRandom(seed);
    }

    /** Samples an arm from {@code pmf} and returns it with its probability. */
    public static Choice choose(Pmf pmf, SplittableRandom rng) {
        Objects.requireNonNull(rng, "rng");
        int arm = pmf.quantile(rng.nextDouble());
        return new Choice(arm, pmf.probability(arm));
    }

    /** Standard normal by the Marsaglia polar method. */
    public static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 use the boost {@code G(a+1) U^(1/a)}. */
    public static double gamma(double shape, SplittableRandom rng) {
        if (!(shape > 0) || Double.isInfinite(shape)) {
            throw new IllegalArgumentException("gamma shape must be finite and > 0, was " + shape);
        }
        if (shape < 1) {
            double u = rng.nextDouble();
            return gamma(shape + 1, rng) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian(rng);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** Beta(a, b) as {@code X/(X+Y)} with {@code X ~ Gamma(a)}, {@code Y ~ Gamma(b)}. */
    public static double beta(double a, double b, SplittableRandom rng) {
        double x = gamma(a, rng);
        double y = gamma(b, rng);
        return x / (x + y);
    }

    /** Bernoulli(p). */
    public static boolean bernoulli(double p, SplittableRandom rng) {
        return rng.nextDouble() < p;
    }
}
