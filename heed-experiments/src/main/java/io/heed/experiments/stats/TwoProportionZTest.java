package io.heed.experiments.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Two-proportion z-test of {@code p_treatment - p_control}: z from the pooled standard error (as statsmodels'
 * {@code proportions_ztest}), two-sided p-value, the CI of the difference with the pooled SE and the unpooled
 * (Wald) CI (as statsmodels' {@code confint_proportions_2indep(method="wald")}).
 */
public final class TwoProportionZTest {
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private TwoProportionZTest() {}

    public record Outcome(
            double controlRate,
            double treatmentRate,
            double difference,
            double z,
            double pValue,
            Interval pooledCi,
            Interval unpooledCi) {}

    public static Outcome test(
            long controlConversions, long controlN, long treatmentConversions, long treatmentN, double confidence) {
        Check.level(confidence);
        if (controlN == 0 && treatmentN == 0) {
            throw new StatsException(StatsFailure.ZERO_TRAFFIC, "n", "both variants have zero units");
        }
        if (controlN <= 0) {
            throw new StatsException(StatsFailure.EMPTY_VARIANT, "control", "no units");
        }
        if (treatmentN <= 0) {
            throw new StatsException(StatsFailure.EMPTY_VARIANT, "treatment", "no units");
        }
        if (controlConversions < 0 || controlConversions > controlN) {
            throw new StatsException(
                    StatsFailure.INVALID_INPUT, "control", controlConversions + " conversions of " + controlN);
        }
        if (treatmentConversions < 0 || treatmentConversions > treatmentN) {
            throw new StatsException(
                    StatsFailure.INVALID_INPUT, "treatment", treatmentConversions + " conversions of " + treatmentN);
        }
        double p1 = (double) controlConversions / controlN;
        double p2 = (double) treatmentConversions / treatmentN;
        double pooled = (double) (controlConversions + treatmentConversions) / (controlN + treatmentN);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1.0 / controlN + 1.0 / treatmentN));
        if (sePooled == 0) {
            throw new StatsException(
                    StatsFailure.ZERO_VARIANCE,
                    "conversions",
                    pooled == 0 ? "no conversions in either variant" : "every unit converted in both variants");
        }
        double diff = p2 - p1;
        double z = diff / sePooled;
        double p = 2 * STD_NORMAL.survivalProbability(Math.abs(z));
        double q = STD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
        double seUnpooled = Math.sqrt(p1 * (1 - p1) / controlN + p2 * (1 - p2) / treatmentN);
        return new Outcome(
                p1,
                p2,
                diff,
                z,
                Math.min(1, p),
                new Interval(diff - q * sePooled, diff + q * sePooled),
                new Interval(diff - q * seUnpooled, diff + q * seUnpooled));
    }
}
