package io.heed.recsys.cf;

import java.util.Map;
import java.util.TreeMap;

/**
 * Implicit ALS (Hu, Koren, Volinsky 2008) settings. Confidence of an observed interaction with weight w is
 * {@code 1 + alpha·w}; unobserved pairs have preference 0 and confidence 1.
 *
 * @param factors latent dimension k
 * @param iterations alternating sweeps (one user half-step and one item half-step each)
 * @param regularization λ added to the diagonal of every k×k system
 * @param alpha confidence slope
 * @param cgSteps conjugate-gradient steps per row and half-step, warm-started from the previous solution
 *     (Takács, Pilászy, Tikk 2011); 3 is their recommendation
 * @param threads fixed number of worker threads for the per-row solves
 * @param seed seed of the factor initialisation
 */
public record IalsConfig(
        int factors, int iterations, double regularization, double alpha, int cgSteps, int threads, long seed) {
    public IalsConfig {
        if (factors < 1 || factors > 4096) {
            throw new IllegalArgumentException("factors must be in [1, 4096], got " + factors);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        if (!(regularization > 0) || Double.isInfinite(regularization)) {
            throw new IllegalArgumentException("regularization must be finite and > 0, got " + regularization);
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and >= 0, got " + alpha);
        }
        if (cgSteps < 1) {
            throw new IllegalArgumentException("cgSteps must be >= 1, got " + cgSteps);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** 64 factors, 15 iterations, λ = 30, α = 3 (chosen on MovieLens-small's validation split), 3 CG steps. */
    public static IalsConfig defaults() {
        return new IalsConfig(
                64, 15, 30, 3, 3, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 42);
    }

    public IalsConfig withRegularization(double r) {
        return new IalsConfig(factors, iterations, r, alpha, cgSteps, threads, seed);
    }

    public IalsConfig withAlpha(double a) {
        return new IalsConfig(factors, iterations, regularization, a, cgSteps, threads, seed);
    }

    public IalsConfig withIterations(int i) {
        return new IalsConfig(factors, i, regularization, alpha, cgSteps, threads, seed);
    }

    public IalsConfig withSeed(long s) {
        return new IalsConfig(factors, iterations, regularization, alpha, cgSteps, threads, s);
    }

    public IalsConfig withThreads(int t) {
        return new IalsConfig(factors, iterations, regularization, alpha, cgSteps, t, seed);
    }

    public Map<String, String> params() {
        Map<String, String> m = new TreeMap<>();
        m.put("factors", Integer.toString(factors));
        m.put("iterations", Integer.toString(iterations));
        m.put("regularization", Double.toString(regularization));
        m.put("alpha", Double.toString(alpha));
        m.put("cgSteps", Integer.toString(cgSteps));
        m.put("threads", Integer.toString(threads));
        return m;
    }
}
