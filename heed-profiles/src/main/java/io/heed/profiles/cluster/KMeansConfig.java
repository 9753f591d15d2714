package io.heed.profiles.cluster;

/**
 * k-means hyperparameters.
 *
 * @param k         clusters (&gt;= 1)
 * @param maxIter   Lloyd iterations at most (&gt;= 1)
 * @param tolerance stop when inertia improves by less than this fraction (&gt;= 0)
 * @param seed      seeds k-means++ (and mini-batch sampling)
 * @param threads   worker threads for the assignment step (&gt;= 1); results do not depend on it
 * @param restarts  independent k-means++ starts, the lowest inertia wins (&gt;= 1)
 */
public record KMeansConfig(int k, int maxIter, double tolerance, long seed, int threads, int restarts) {
    public KMeansConfig {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be >= 1, was " + maxIter);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be >= 1, was " + restarts);
        }
    }

    public static KMeansConfig of(int k, long seed) {
        return new KMeansConfig(
                k, 100, 1e-6, seed, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 1);
    }

    public KMeansConfig withK(int newK) {
        return new KMeansConfig(newK, maxIter, tolerance, seed, threads, restarts);
    }

    public KMeansConfig withSeed(long newSeed) {
        return new KMeansConfig(k, maxIter, tolerance, newSeed, threads, restarts);
    }

    public KMeansConfig withThreads(int n) {
        return new KMeansConfig(k, maxIter, tolerance, seed, n, restarts);
    }

    public KMeansConfig withRestarts(int n) {
        return new KMeansConfig(k, maxIter, tolerance, seed, threads, n);
    }

    public KMeansConfig withMaxIter(int n) {
        return new KMeansConfig(k, n, tolerance, seed, threads, restarts);
    }
}
