package io.heed.experiments.analysis;

import io.heed.core.Problem;
import io.heed.experiments.stats.Interval;

/**
 * A variant's metric against control: both values, the difference (variant − control) with its CI and p-value,
 * the p-value adjusted for multiple comparisons (primary metric only; otherwise equal to {@code pValue}), or the
 * {@link Problem} that made it incomputable (then the numbers are absent and {@link #computed()} is false).
 */
public record MetricResult(
        Metric metric,
        String variant,
        Double control,
        Double value,
        Double difference,
        Interval ci,
        Double pValue,
        Double adjustedP,
        Problem problem) {
    public static MetricResult failed(Metric m, String variant, Problem p) {
        return new MetricResult(m, variant, null, null, null, null, null, null, p);
    }

    public boolean computed() {
        return problem == null;
    }

    public MetricResult withAdjustedP(double p) {
        return new MetricResult(metric, variant, control, value, difference, ci, pValue, p, problem);
    }

    /** Relative change (variant / control − 1), or null when control is 0 or the metric failed. */
    public Double relative() {
        return computed() && control != 0 ? difference / control : null;
    }
}
