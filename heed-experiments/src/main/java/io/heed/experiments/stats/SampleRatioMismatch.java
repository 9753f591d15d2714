package io.heed.experiments.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Sample-ratio-mismatch check: Pearson chi-square goodness of fit of observed unit counts per variant against the
 * planned split. A p-value below the threshold (conventionally 0.001) means the assignment or logging is broken and
 * the experiment's results must not be read.
 */
public final class SampleRatioMismatch {
    public static final double DEFAULT_THRESHOLD = 0.001;

    private SampleRatioMismatch() {}

    public record Outcome(double chiSquare, int df, double pValue, boolean mismatch) {}

    public static Outcome check(long[] observed, double[] plannedShares, double threshold) {
        if (observed.length != plannedShares.length || observed.length < 2) {
            throw new StatsException(
                    StatsFailure.INVALID_INPUT, "variants", "need >= 2 variants with one planned share each");
        }
        long total = 0;
        double shareSum = 0;
        for (int i = 0; i < observed.length; i++) {
            if (observed[i] < 0) {
                throw new StatsException(StatsFailure.INVALID_INPUT, "observed", "negative count " + observed[i]);
            }
            if (!(plannedShares[i] > 0)) {
                throw new StatsException(StatsFailure.INVALID_INPUT, "plannedShares", "share " + i + " must be > 0");
            }
            total += observed[i];
            shareSum += plannedShares[i];
        }
        if (total == 0) {
            throw new StatsException(StatsFailure.ZERO_TRAFFIC, "observed", "no units observed in any variant");
        }
        double chi = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = total * plannedShares[i] / shareSum;
            chi += (observed[i] - e) * (observed[i] - e) / e;
        }
        int df = observed.length - 1;
        double p = ChiSquaredDistribution.of(df).survivalProbability(chi);
        return new Outcome(chi, df, p, p < threshold);
    }
}
