package io.heed.experiments.ope;

import io.heed.core.explore.Sampling;
import io.heed.experiments.stats.Interval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Seeded nonparametric bootstrap over logged decisions (rows resampled with replacement). */
public final class Bootstrap {
    private Bootstrap() {}

    /** Percentile interval of the estimator over {@code replicates} resamples. */
    public static Interval percentile(
            List<LoggedDecision> logs,
            ToDoubleFunction<List<LoggedDecision>> estimator,
            int replicates,
            double confidence,
            long seed) {
        return percentileOf(replicates(logs, estimator, replicates, seed), confidence);
    }

    /** The estimator's value on each resample, sorted ascending. */
    public static double[] replicates(
            List<LoggedDecision> logs, ToDoubleFunction<List<LoggedDecision>> estimator, int replicates, long seed) {
        if (replicates < 10) {
            throw new IllegalArgumentException("replicates must be >= 10, was " + replicates);
        }
        SplittableRandom rng = Sampling.seeded(seed);
        int n = logs.size();
        double[] values = new double[replicates];
        List<LoggedDecision> sample = new ArrayList<>(n);
        for (int b = 0; b < replicates; b++) {
            sample.clear();
            for (int i = 0; i < n; i++) {
                sample.add(logs.get(rng.nextInt(n)));
            }
            values[b] = estimator.applyAsDouble(sample);
        }
        Arrays.sort(values);
        return values;
    }

    /** Percentile interval of sorted replicate values. */
    static Interval percentileOf(double[] sorted, double confidence) {
        double tail = (1 - confidence) / 2;
        int lo = (int) Math.floor(tail * (sorted.length - 1));
        int hi = (int) Math.ceil((1 - tail) * (sorted.length - 1));
        return new Interval(sorted[lo], sorted[hi]);
    }
}
