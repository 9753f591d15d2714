package io.heed.experiments.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/** Welch's unequal-variance t-test of {@code mean_treatment - mean_control}, Welch–Satterthwaite degrees of freedom. */
public final class WelchTTest {
    private WelchTTest() {}

    public record Outcome(double difference, double t, double df, double pValue, Interval ci, double standardError) {}

    public static Outcome test(double[] control, double[] treatment, double confidence) {
        Check.atLeastTwo("control", control.length);
        Check.atLeastTwo("treatment", treatment.length);
        return test(Summary.of(control), Summary.of(treatment), confidence);
    }

    public static Outcome test(Summary control, Summary treatment, double confidence) {
        Check.level(confidence);
        if (control.n() == 0 && treatment.n() == 0) {
            throw new StatsException(StatsFailure.ZERO_TRAFFIC, "n", "both variants have zero units");
        }
        Check.atLeastTwo("control", (int) Math.min(control.n(), Integer.MAX_VALUE));
        Check.atLeastTwo("treatment", (int) Math.min(treatment.n(), Integer.MAX_VALUE));
        double v1 = control.variance() / control.n();
        double v2 = treatment.variance() / treatment.n();
        double se2 = v1 + v2;
        if (se2 == 0) {
            throw new StatsException(StatsFailure.ZERO_VARIANCE, "metric", "both variants have zero variance");
        }
        double se = Math.sqrt(se2);
        double df = se2 * se2 / (v1 * v1 / (control.n() - 1) + v2 * v2 / (treatment.n() - 1));
        double diff = treatment.mean() - control.mean();
        double t = diff / se;
        TDistribution dist = TDistribution.of(df);
        double p = Math.min(1, 2 * dist.survivalProbability(Math.abs(t)));
        double q = dist.inverseSurvivalProbability((1 - confidence) / 2);
        return new Outcome(diff, t, df, p, new Interval(diff - q * se, diff + q * se), se);
    }
}
