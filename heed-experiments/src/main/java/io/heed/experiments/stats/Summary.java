package io.heed.experiments.stats;

/** Sample size, mean and unbiased (ddof = 1) variance of one variant's per-unit metric. */
public record Summary(long n, double mean, double variance) {
    public Summary {
        if (n < 0) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "n", "must be >= 0, was " + n);
        }
        Check.finite("mean", mean);
        if (!(variance >= 0) || Double.isInfinite(variance)) {
            throw new StatsException(
                    StatsFailure.INVALID_INPUT, "variance", "must be finite and >= 0, was " + variance);
        }
    }

    /** Summary of values; throws on empty or single-value input. */
    public static Summary of(double[] xs) {
        Check.atLeastTwo("values", xs.length);
        double m = 0;
        for (int i = 0; i < xs.length; i++) {
            Check.finite("values", xs[i]);
            m += (xs[i] - m) / (i + 1);
        }
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return new Summary(xs.length, m, ss / (xs.length - 1));
    }
}
