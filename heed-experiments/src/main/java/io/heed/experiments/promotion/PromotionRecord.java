package io.heed.experiments.promotion;

import io.heed.experiments.analysis.MetricResult;
import java.time.Instant;

/**
 * A decision as stored: flat, with the evidence's key numbers. {@code estimate} is the challenger's difference
 * (experiment) or value (off-policy) with its CI; {@code baseline} is 0 (experiment: the difference to beat) or
 * the champion's value. Numbers are null when the evidence had none (a metric not computable).
 */
public record PromotionRecord(
        Instant decidedAt,
        String champion,
        String challenger,
        String outcome,
        String reason,
        String evidenceKind,
        String evidence,
        Double estimate,
        Double ciLow,
        Double ciHigh,
        Double baseline) {
    public static PromotionRecord of(PromotionDecision d) {
        if (d.evidence() instanceof Evidence.FromExperiment e) {
            MetricResult m = e.primary();
            return new PromotionRecord(
                    d.decidedAt(),
                    d.champion(),
                    d.challenger(),
                    d.outcome().name(),
                    d.reason(),
                    "experiment",
                    e.summary(),
                    m.difference(),
                    m.computed() ? m.ci().lower() : null,
                    m.computed() ? m.ci().upper() : null,
                    0.0);
        }
        Evidence.OffPolicy o = (Evidence.OffPolicy) d.evidence();
        return new PromotionRecord(
                d.decidedAt(),
                d.champion(),
                d.challenger(),
                d.outcome().name(),
                d.reason(),
                "off_policy",
                o.summary(),
                o.challenger().value(),
                o.challenger().ci().lower(),
                o.challenger().ci().upper(),
                o.champion().value());
    }
}
