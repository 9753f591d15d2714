package io.heed.experiments.ope;

import java.util.List;

/**
 * Reward model = per-(context, action) mean, shrunk toward the global mean:
 * {@code q(c, a) = (sum_r + s * g) / (n + s)} with global mean {@code g} and smoothing strength {@code s >= 0}.
 * Cells never logged predict {@code g}.
 */
public final class CellMeanRewardModel implements RewardModel {
    private final double[][] q;
    private final double global;

    private CellMeanRewardModel(double[][] q, double global) {
        this.q = q;
        this.global = global;
    }

    public static CellMeanRewardModel fit(List<LoggedDecision> logs, int contexts, int actions, double smoothing) {
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("no logs to fit the reward model");
        }
        if (!(smoothing >= 0)) {
            throw new IllegalArgumentException("smoothing must be >= 0");
        }
        double[][] sum = new double[contexts][actions];
        double[][] n = new double[contexts][actions];
        double total = 0;
        for (LoggedDecision d : logs) {
            sum[d.context()][d.action()] += d.reward();
            n[d.context()][d.action()] += 1;
            total += d.reward();
        }
        double g = total / logs.size();
        double[][] q = new double[contexts][actions];
        for (int c = 0; c < contexts; c++) {
            for (int a = 0; a < actions; a++) {
                double denom = n[c][a] + smoothing;
                q[c][a] = denom == 0 ? g : (sum[c][a] + smoothing * g) / denom;
            }
        }
        return new CellMeanRewardModel(q, g);
    }

    /** A fitter with fixed dimensions and smoothing, for {@link OffPolicyEstimators#directMethod}. */
    public static RewardModelFitter fitter(int contexts, int actions, double smoothing) {
        return logs -> fit(logs, contexts, actions, smoothing);
    }

    @Override
    public double predict(int context, int action) {
        return context < q.length && action < q[context].length ? q[context][action] : global;
    }
}
