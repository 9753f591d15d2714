package io.heed.experiments.analysis;

import java.util.List;

/** What to judge on: one primary metric, guardrails that must not get significantly worse, and the level. */
public record AnalysisPlan(Metric primary, List<Metric> guardrails, double confidence) {
    public AnalysisPlan {
        guardrails = List.copyOf(guardrails);
        if (guardrails.contains(primary)) {
            throw new IllegalArgumentException("the primary metric " + primary.wire() + " cannot also be a guardrail");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0,1), was " + confidence);
        }
    }

    public static AnalysisPlan defaults() {
        return new AnalysisPlan(Metric.REVENUE_PER_UNIT, List.of(Metric.CTR), 0.95);
    }
}
