package io.heed.ctr.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Binary-prediction metrics: ROC AUC (ties get half credit), log loss (natural log), normalised entropy (log loss
 * divided by the entropy of the test set's base rate, He et al. 2014: below 1 means better than always predicting
 * the base rate) and expected calibration error over equal-width bins. Inputs are checked: probabilities must lie
 * in [0, 1] and labels in {0, 1}, otherwise the error names the row.
 */
public final class CtrMetrics {
    /** Probabilities are clamped to [EPS, 1 − EPS] inside the log loss so one confident miss stays finite. */
    public static final double EPS = 1e-15;

    private CtrMetrics() {}

    public static double auc(double[] p, float[] y) {
        check(p, y);
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] > 0.5f) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = p.length - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException(
                    "AUC needs both classes; got " + pos + " positives and " + neg + " negatives");
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    public static double logLoss(double[] p, float[] y) {
        check(p, y);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.max(EPS, Math.min(1 - EPS, p[i]));
            s -= y[i] > 0.5f ? Math.log(q) : Math.log(1 - q);
        }
        return s / p.length;
    }

    public static double normalizedEntropy(double[] p, float[] y) {
        double base = 0;
        for (float v : y) {
            base += v;
        }
        base /= y.length;
        if (base <= 0 || base >= 1) {
            throw new IllegalArgumentException("normalised entropy needs both classes (base rate " + base + ")");
        }
        double h = -(base * Math.log(base) + (1 - base) * Math.log(1 - base));
        return logLoss(p, y) / h;
    }

    /** Expected calibration error: Σ_b (n_b / n) · |mean prediction − observed rate| over {@code bins} bins. */
    public static double ece(double[] p, float[] y, int bins) {
        double e = 0;
        for (ReliabilityBin b : ReliabilityBin.of(p, y, bins)) {
            e += (double) b.count() / p.length * Math.abs(b.meanPrediction() - b.observedRate());
        }
        return e;
    }

    static void check(double[] p, float[] y) {
        if (p.length != y.length) {
            throw new IllegalArgumentException(p.length + " predictions but " + y.length + " labels");
        }
        if (p.length == 0) {
            throw new IllegalArgumentException("no predictions");
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("prediction " + i + " is not a probability: " + p[i]);
            }
            if (y[i] != 0f && y[i] != 1f) {
                throw new IllegalArgumentException("label " + i + " is not 0 or 1: " + y[i]);
            }
        }
    }
}
