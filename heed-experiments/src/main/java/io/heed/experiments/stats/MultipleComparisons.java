package io.heed.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Adjusted p-values: Holm (family-wise error) and Benjamini–Hochberg (false discovery rate). Same order as input. */
public final class MultipleComparisons {
    private MultipleComparisons() {}

    public static double[] holm(double[] pValues) {
        Integer[] order = sortedOrder(pValues);
        int m = pValues.length;
        double[] adj = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
            adj[i] = running;
        }
        return adj;
    }

    public static double[] benjaminiHochberg(double[] pValues) {
        Integer[] order = sortedOrder(pValues);
        int m = pValues.length;
        double[] adj = new double[m];
        double running = 1;
        for (int rank = m - 1; rank >= 0; rank--) {
            int i = order[rank];
            running = Math.min(running, pValues[i] * m / (rank + 1));
            adj[i] = running;
        }
        return adj;
    }

    /** Which hypotheses are rejected at level alpha given adjusted p-values. */
    public static boolean[] rejected(double[] adjusted, double alpha) {
        boolean[] r = new boolean[adjusted.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = adjusted[i] <= alpha;
        }
        return r;
    }

    private static Integer[] sortedOrder(double[] p) {
        if (p.length == 0) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "pValues", "no p-values");
        }
        for (double x : p) {
            if (!(x >= 0 && x <= 1)) {
                throw new StatsException(StatsFailure.INVALID_INPUT, "pValues", "p-value outside [0,1]: " + x);
            }
        }
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
