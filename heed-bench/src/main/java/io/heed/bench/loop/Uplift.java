package io.heed.bench.loop;

import io.heed.experiments.stats.Interval;

/**
 * One metric of a simulated A/B test: the estimated control and treatment values, the difference with its CI,
 * the relative uplift (treatment / control − 1) with its delta-method CI, and the simulator's TRUE values.
 */
public record Uplift(
        String metric,
        double control,
        double treatment,
        double difference,
        Interval ci,
        double relative,
        Interval relativeCi,
        double trueControl,
        double trueTreatment) {
    public double trueDifference() {
        return trueTreatment - trueControl;
    }

    public double trueRelative() {
        return trueTreatment / trueControl - 1;
    }

    /** Whether the CI of the difference holds the true difference. */
    public boolean covers() {
        return ci.contains(trueDifference());
    }
}
