package io.heed.ctr.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One bin of a reliability plot: predictions in [lower, upper), how many, their mean and the observed click rate.
 * Empty bins are left out.
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPrediction, double observedRate) {

    public static List<ReliabilityBin> of(double[] p, float[] y, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, was " + bins);
        }
        CtrMetrics.check(p, y);
        int[] n = new int[bins];
        double[] sp = new double[bins];
        double[] sy = new double[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) (p[i] * bins));
            n[b]++;
            sp[b] += p[i];
            sy[b] += y[i];
        }
        List<ReliabilityBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                out.add(new ReliabilityBin(
                        (double) b / bins, (double) (b + 1) / bins, n[b], sp[b] / n[b], sy[b] / n[b]));
            }
        }
        return out;
    }

    /** A text plot: one line per bin with predicted and observed rates. */
    public static String plot(List<ReliabilityBin> bins) {
        StringBuilder sb = new StringBuilder("  bin            n   predicted  observed\n");
        for (ReliabilityBin b : bins) {
            sb.append(String.format(
                    "  [%.2f,%.2f) %7d   %.4f     %.4f  %s%n",
                    b.lower(), b.upper(), b.count(), b.meanPrediction(), b.observedRate(), "#".repeat((int)
                                    Math.round(b.observedRate() * 40))));
        }
        return sb.toString();
    }
}
