package io.heed.experiments.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Ratio metrics with per-unit clustering (e.g. CTR = sum clicks / sum impressions, one row per user) by the delta
 * method: {@code Var(R) ~ (s_y^2 - 2 R s_xy + R^2 s_x^2) / (n * xbar^2)} with sample (ddof = 1) moments.
 */
public final class RatioMetric {
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private RatioMetric() {}

    /** One variant's ratio {@code sum(numerator) / sum(denominator)} and its delta-method variance. */
    public record Ratio(int units, double estimate, double variance) {}

    public record Comparison(
            Ratio control,
            Ratio treatment,
            double difference,
            double standardError,
            double z,
            double pValue,
            Interval ci) {}

    public static Ratio estimate(String variant, double[] numerator, double[] denominator) {
        if (numerator.length != denominator.length) {
            throw new StatsException(
                    StatsFailure.INVALID_INPUT,
                    variant,
                    numerator.length + " numerators but " + denominator.length + " denominators");
        }
        int n = numerator.length;
        Check.atLeastTwo(variant, n);
        double my = 0;
        double mx = 0;
        for (int i = 0; i < n; i++) {
            Check.finite(variant, numerator[i], denominator[i]);
            my += numerator[i];
            mx += denominator[i];
        }
        if (mx == 0) {
            throw new StatsException(StatsFailure.NO_EVENTS, variant, "denominator sums to zero (no events)");
        }
        my /= n;
        mx /= n;
        double r = my / mx;
        double syy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            double dy = numerator[i] - my;
            double dx = denominator[i] - mx;
            syy += dy * dy;
            sxx += dx * dx;
            sxy += dx * dy;
        }
        syy /= n - 1;
        sxx /= n - 1;
        sxy /= n - 1;
        double var = (syy - 2 * r * sxy + r * r * sxx) / (n * mx * mx);
        return new Ratio(n, r, Math.max(0, var));
    }

    public static Comparison compare(
            double[] controlNum, double[] controlDen, double[] treatmentNum, double[] treatmentDen, double confidence) {
        Check.level(confidence);
        if (controlNum.length == 0 && treatmentNum.length == 0) {
            throw new StatsException(StatsFailure.ZERO_TRAFFIC, "units", "both variants have zero units");
        }
        Ratio c = estimate("control", controlNum, controlDen);
        Ratio t = estimate("treatment", treatmentNum, treatmentDen);
        double se = Math.sqrt(c.variance() + t.variance());
        if (se == 0) {
            throw new StatsException(StatsFailure.ZERO_VARIANCE, "ratio", "both ratios have zero variance");
        }
        double diff = t.estimate() - c.estimate();
        double z = diff / se;
        double q = STD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
        return new Comparison(
                c,
                t,
                diff,
                se,
                z,
                Math.min(1, 2 * STD_NORMAL.survivalProbability(Math.abs(z))),
                new Interval(diff - q * se, diff + q * se));
    }
}
