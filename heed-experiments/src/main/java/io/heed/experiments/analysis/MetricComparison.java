package io.heed.experiments.analysis;

import io.heed.experiments.stats.RatioMetric;
import io.heed.experiments.stats.StatsException;
import io.heed.experiments.stats.Summary;
import io.heed.experiments.stats.TwoProportionZTest;
import io.heed.experiments.stats.WelchTTest;

/** Compares one metric of a variant with control using the matching test of the stats package. */
final class MetricComparison {
    private MetricComparison() {}

    static MetricResult compare(
            Metric m, String variant, UnitOutcomes control, UnitOutcomes treatment, double confidence) {
        try {
            return switch (m) {
                case CTR ->
                    ratio(
                            m,
                            variant,
                            control.clicks(),
                            control.impressions(),
                            treatment.clicks(),
                            treatment.impressions(),
                            confidence);
                case REVENUE_PER_IMPRESSION ->
                    ratio(
                            m,
                            variant,
                            control.revenue(),
                            control.impressions(),
                            treatment.revenue(),
                            treatment.impressions(),
                            confidence);
                case REVENUE_PER_UNIT -> {
                    Summary c = Summary.of(control.revenue());
                    Summary t = Summary.of(treatment.revenue());
                    WelchTTest.Outcome o = WelchTTest.test(c, t, confidence);
                    yield new MetricResult(
                            m, variant, c.mean(), t.mean(), o.difference(), o.ci(), o.pValue(), o.pValue(), null);
                }
                case CONVERSION_RATE -> {
                    TwoProportionZTest.Outcome o = TwoProportionZTest.test(
                            converted(control), control.units(), converted(treatment), treatment.units(), confidence);
                    yield new MetricResult(
                            m,
                            variant,
                            o.controlRate(),
                            o.treatmentRate(),
                            o.difference(),
                            o.unpooledCi(),
                            o.pValue(),
                            o.pValue(),
                            null);
                }
            };
        } catch (StatsException e) {
            return MetricResult.failed(m, variant, e.problem());
        }
    }

    private static MetricResult ratio(
            Metric m, String variant, double[] cn, double[] cd, double[] tn, double[] td, double confidence) {
        RatioMetric.Comparison o = RatioMetric.compare(cn, cd, tn, td, confidence);
        return new MetricResult(
                m,
                variant,
                o.control().estimate(),
                o.treatment().estimate(),
                o.difference(),
                o.ci(),
                o.pValue(),
                o.pValue(),
                null);
    }

    private static long converted(UnitOutcomes o) {
        long n = 0;
        for (double c : o.conversions()) {
            if (c > 0) {
                n++;
            }
        }
        return n;
    }
}
