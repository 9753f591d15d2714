package io.heed.experiments.promotion;

import io.heed.experiments.analysis.MetricResult;
import io.heed.experiments.analysis.Verdict;
import java.time.Instant;

/**
 * Promote only on a win. From an experiment: PROMOTE when the difference's CI lies wholly above 0 and the report
 * is not INVALID or NO_SHIP (a guardrail); KEEP when the CI lies wholly below 0 or a guardrail failed; otherwise
 * (CI spans 0, sample-ratio mismatch, metric not computable) INCONCLUSIVE. Off-policy: PROMOTE when the
 * challenger's CI lower bound is above the champion's value, KEEP when its upper bound is below it, otherwise
 * INCONCLUSIVE. The champion keeps serving unless the outcome is PROMOTE.
 */
public final class PromotionPolicy {
    private final DecisionLog log;

    public PromotionPolicy(DecisionLog log) {
        this.log = log;
    }

    public PromotionDecision decide(String champion, String challenger, Evidence evidence, Instant at) {
        PromotionDecision d = evidence instanceof Evidence.FromExperiment e
                ? fromExperiment(champion, challenger, e, at)
                : offPolicy(champion, challenger, (Evidence.OffPolicy) evidence, at);
        log.append(d);
        return d;
    }

    private static PromotionDecision fromExperiment(
            String champion, String challenger, Evidence.FromExperiment e, Instant at) {
        MetricResult m = e.primary();
        PromotionDecision.Outcome out;
        String reason;
        if (!m.computed()) {
            out = PromotionDecision.Outcome.INCONCLUSIVE;
            reason = "the primary metric could not be computed: " + m.problem().message();
        } else if (e.verdict() == Verdict.INVALID) {
            out = PromotionDecision.Outcome.INCONCLUSIVE;
            reason = "the experiment is invalid (sample ratio mismatch): its result cannot be trusted";
        } else if (e.verdict() == Verdict.NO_SHIP && m.ci().lower() > 0) {
            out = PromotionDecision.Outcome.KEEP;
            reason = "the challenger wins the primary metric but breaks a guardrail";
        } else if (m.ci().lower() > 0) {
            out = PromotionDecision.Outcome.PROMOTE;
            reason = "the challenger's CI of the difference lies above 0";
        } else if (m.ci().upper() < 0 || e.verdict() == Verdict.NO_SHIP) {
            out = PromotionDecision.Outcome.KEEP;
            reason = m.ci().upper() < 0 ? "the challenger is significantly worse" : "a guardrail failed";
        } else {
            out = PromotionDecision.Outcome.INCONCLUSIVE;
            reason = "the CI of the difference contains 0";
        }
        return new PromotionDecision(at, champion, challenger, out, reason, e);
    }

    private static PromotionDecision offPolicy(String champion, String challenger, Evidence.OffPolicy o, Instant at) {
        double c = o.champion().value();
        PromotionDecision.Outcome out;
        String reason;
        if (o.challenger().ci().lower() > c) {
            out = PromotionDecision.Outcome.PROMOTE;
            reason = "the challenger's CI lower bound lies above the champion's value";
        } else if (o.challenger().ci().upper() < c) {
            out = PromotionDecision.Outcome.KEEP;
            reason = "the challenger's CI upper bound lies below the champion's value";
        } else {
            out = PromotionDecision.Outcome.INCONCLUSIVE;
            reason = "the challenger's CI contains the champion's value";
        }
        return new PromotionDecision(at, champion, challenger, out, reason, o);
    }
}
