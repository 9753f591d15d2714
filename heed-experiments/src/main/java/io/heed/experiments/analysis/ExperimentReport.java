package io.heed.experiments.analysis;

import io.heed.experiments.stats.SampleRatioMismatch;
import java.util.List;
import java.util.Map;

/**
 * One experiment's analysis: exposed units per variant, the sample-ratio check (null when it could not run),
 * primary and guardrail results per variant against control, the verdict and the reasons for it.
 */
public record ExperimentReport(
        String experiment,
        String control,
        Map<String, Integer> units,
        SampleRatioMismatch.Outcome srm,
        List<MetricResult> primary,
        List<MetricResult> guardrails,
        Verdict verdict,
        List<String> reasons) {
    public ExperimentReport {
        units = Map.copyOf(units);
        primary = List.copyOf(primary);
        guardrails = List.copyOf(guardrails);
        reasons = List.copyOf(reasons);
    }
}
