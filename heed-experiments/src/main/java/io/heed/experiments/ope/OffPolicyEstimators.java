package io.heed.experiments.ope;

import io.heed.experiments.stats.Interval;
import io.heed.experiments.stats.StatsException;
import io.heed.experiments.stats.StatsFailure;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Off-policy estimators of a target policy's value from logged decisions, with importance weight
 * {@code w_i = pi(a_i | c_i) / p_i}:
 * <ul>
 *   <li>IPS: mean of {@code w_i r_i};</li>
 *   <li>SNIPS: {@code sum w_i r_i / sum w_i}, SE by the delta method;</li>
 *   <li>DM: mean of {@code sum_a pi(a | c_i) q(c_i, a)};</li>
 *   <li>DR: DM plus {@code w_i (r_i - q(c_i, a_i))}.</li>
 * </ul>
 * IPS, SNIPS and DR intervals are CLT intervals over the per-row terms; DM's is a bootstrap that refits the model.
 */
public final class OffPolicyEstimators {
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private OffPolicyEstimators() {}

    public static Estimate ips(List<LoggedDecision> logs, TargetPolicy target, double confidence) {
        double[] terms = new double[check(logs).size()];
        for (int i = 0; i < terms.length; i++) {
            LoggedDecision d = logs.get(i);
            terms[i] = weight(d, target, i) * d.reward();
        }
        return clt("ips", terms, 0, confidence);
    }

    public static Estimate snips(List<LoggedDecision> logs, TargetPolicy target, double confidence) {
        int n = check(logs).size();
        double[] w = new double[n];
        double sw = 0;
        double swr = 0;
        for (int i = 0; i < n; i++) {
            LoggedDecision d = logs.get(i);
            w[i] = weight(d, target, i);
            sw += w[i];
            swr += w[i] * d.reward();
        }
        if (sw == 0) {
            throw new StatsException(
                    StatsFailure.NO_EVENTS,
                    "target",
                    "the target policy gives zero probability to every logged action");
        }
        double v = swr / sw;
        double meanW = sw / n;
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = w[i] * (logs.get(i).reward() - v) / meanW;
        }
        return clt("snips", terms, v, confidence);
    }

    /**
     * Direct method. Its interval must include the reward model's own estimation error (a CLT interval over the
     * per-row predictions would condition on the fitted model and be far too narrow), so it is a seeded percentile
     * bootstrap that refits the model on each replicate; the standard error is the replicates' standard deviation.
     */
    public static Estimate directMethod(
            List<LoggedDecision> logs,
            TargetPolicy target,
            RewardModelFitter fitter,
            double confidence,
            int replicates,
            long seed) {
        check(logs);
        checkLevel(confidence);
        double value = dmValue(logs, target, fitter.fit(logs));
        double[] reps = Bootstrap.replicates(logs, l -> dmValue(l, target, fitter.fit(l)), replicates, seed);
        double mean = 0;
        for (double r : reps) {
            mean += r / reps.length;
        }
        double ss = 0;
        for (double r : reps) {
            ss += (r - mean) * (r - mean);
        }
        return new Estimate(
                "dm", value, Math.sqrt(ss / (reps.length - 1)), Bootstrap.percentileOf(reps, confidence), logs.size());
    }

    /** The direct-method point estimate: mean over rows of {@code sum_a pi(a | c_i) q(c_i, a)}. */
    public static double dmValue(List<LoggedDecision> logs, TargetPolicy target, RewardModel model) {
        double s = 0;
        for (LoggedDecision d : logs) {
            s += expectedUnderTarget(d.context(), target, model);
        }
        return s / logs.size();
    }

    public static Estimate doublyRobust(
            List<LoggedDecision> logs, TargetPolicy target, RewardModel model, double confidence) {
        double[] terms = new double[check(logs).size()];
        for (int i = 0; i < terms.length; i++) {
            LoggedDecision d = logs.get(i);
            double w = weight(d, target, i);
            terms[i] = expectedUnderTarget(d.context(), target, model)
                    + w * (d.reward() - model.predict(d.context(), d.action()));
        }
        return clt("dr", terms, 0, confidence);
    }

    /** Validates the logged propensity of row i and returns the importance weight. */
    static double weight(LoggedDecision d, TargetPolicy target, int row) {
        double p = d.propensity();
        if (Double.isNaN(p)) {
            throw new StatsException(
                    StatsFailure.MISSING_PROPENSITY, "propensity", "row " + row + " has no logged propensity");
        }
        if (!(p > 0) || p > 1) {
            throw new StatsException(
                    StatsFailure.ZERO_PROPENSITY,
                    "propensity",
                    "row " + row + " has propensity " + p + "; it must be in (0,1]");
        }
        return target.probability(d.context(), d.action()) / p;
    }

    private static double expectedUnderTarget(int context, TargetPolicy target, RewardModel model) {
        double s = 0;
        for (int a = 0; a < target.actions(); a++) {
            double p = target.probability(context, a);
            if (p > 0) {
                s += p * model.predict(context, a);
            }
        }
        return s;
    }

    private static List<LoggedDecision> check(List<LoggedDecision> logs) {
        if (logs.isEmpty()) {
            throw new StatsException(StatsFailure.EMPTY_VARIANT, "logs", "no logged decisions");
        }
        if (logs.size() < 2) {
            throw new StatsException(StatsFailure.TOO_FEW_UNITS, "logs", "need >= 2 logged decisions for an interval");
        }
        return logs;
    }

    /**
     * CLT interval. For mean-type estimators ({@code centre} ignored, pass 0) the value is the mean of the terms;
     * for SNIPS the value is given and the terms are its influence function (mean ~ 0).
     */
    private static void checkLevel(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "confidence", "must be in (0,1)");
        }
    }

    private static Estimate clt(String method, double[] terms, double centre, double confidence) {
        checkLevel(confidence);
        int n = terms.length;
        double mean = 0;
        for (double t : terms) {
            mean += t;
        }
        mean /= n;
        double ss = 0;
        for (double t : terms) {
            ss += (t - mean) * (t - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double value = method.equals("snips") ? centre : mean;
        double q = STD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
        return new Estimate(method, value, se, new Interval(value - q * se, value + q * se), n);
    }
}
