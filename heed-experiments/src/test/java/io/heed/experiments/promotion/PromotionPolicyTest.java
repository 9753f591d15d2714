package io.heed.experiments.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.core.Problem;
import io.heed.experiments.analysis.Metric;
import io.heed.experiments.analysis.MetricResult;
import io.heed.experiments.analysis.Verdict;
import io.heed.experiments.ope.Estimate;
import io.heed.experiments.stats.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Promote, keep and inconclusive, from experiments and from off-policy estimates; every decision is logged. */
class PromotionPolicyTest {
    static final Instant T = Instant.parse("2026-11-28T12:00:00Z");
    final List<PromotionDecision> logged = new ArrayList<>();
    final PromotionPolicy policy = new PromotionPolicy(new DecisionLog() {
        @Override
        public void append(PromotionDecision d) {
            logged.add(d);
        }

        @Override
        public List<PromotionRecord> recent(int limit) {
            return logged.stream().map(PromotionRecord::of).limit(limit).toList();
        }
    });

    static Evidence.FromExperiment exp(double lo, double hi, Verdict v) {
        return new Evidence.FromExperiment(
                "e1",
                new MetricResult(
                        Metric.CTR,
                        "challenger",
                        0.02,
                        0.02 + (lo + hi) / 2,
                        (lo + hi) / 2,
                        new Interval(lo, hi),
                        0.01,
                        0.01,
                        null),
                v);
    }

    static Evidence.OffPolicy ope(double champion, double lo, double hi) {
        return new Evidence.OffPolicy(
                "logs",
                new Estimate("dr", champion, 0.001, new Interval(champion - 0.002, champion + 0.002), 1000),
                new Estimate("dr", (lo + hi) / 2, 0.001, new Interval(lo, hi), 1000));
    }

    PromotionDecision.Outcome decide(Evidence e) {
        return policy.decide("ctr-v1", "ctr-v2", e, T).outcome();
    }

    @Test
    void experimentEvidence() {
        assertThat(decide(exp(0.001, 0.004, Verdict.SHIP))).isEqualTo(PromotionDecision.Outcome.PROMOTE);
        assertThat(decide(exp(-0.004, -0.001, Verdict.NO_SHIP))).isEqualTo(PromotionDecision.Outcome.KEEP);
        assertThat(decide(exp(-0.001, 0.003, Verdict.INCONCLUSIVE))).isEqualTo(PromotionDecision.Outcome.INCONCLUSIVE);
        // a win on the primary metric with a broken guardrail keeps the champion; a sample-ratio mismatch decides
        // nothing
        assertThat(decide(exp(0.001, 0.004, Verdict.NO_SHIP))).isEqualTo(PromotionDecision.Outcome.KEEP);
        assertThat(decide(exp(0.001, 0.004, Verdict.INVALID))).isEqualTo(PromotionDecision.Outcome.INCONCLUSIVE);
        Evidence.FromExperiment none = new Evidence.FromExperiment(
                "e1",
                MetricResult.failed(Metric.CTR, "challenger", Problem.of("no_events", "control", "no impressions")),
                Verdict.INCONCLUSIVE);
        PromotionDecision d = policy.decide("ctr-v1", "ctr-v2", none, T);
        assertThat(d.outcome()).isEqualTo(PromotionDecision.Outcome.INCONCLUSIVE);
        assertThat(d.reason()).contains("no impressions");
        assertThat(PromotionRecord.of(d).ciLow()).isNull();
    }

    @Test
    void offPolicyEvidenceNeedsTheLowerBoundAboveTheChampion() {
        assertThat(decide(ope(0.020, 0.021, 0.025))).isEqualTo(PromotionDecision.Outcome.PROMOTE);
        assertThat(decide(ope(0.020, 0.012, 0.019))).isEqualTo(PromotionDecision.Outcome.KEEP);
        assertThat(decide(ope(0.020, 0.019, 0.030))).isEqualTo(PromotionDecision.Outcome.INCONCLUSIVE);
    }

    @Test
    void everyDecisionIsLoggedWithItsEvidenceAndTheServingModelFollows() {
        PromotionDecision p = policy.decide("ctr-v1", "ctr-v2", ope(0.020, 0.021, 0.025), T);
        PromotionDecision k = policy.decide("ctr-v1", "ctr-v3", ope(0.020, 0.010, 0.012), T);
        assertThat(p.serving()).isEqualTo("ctr-v2");
        assertThat(k.serving()).isEqualTo("ctr-v1");
        assertThat(logged).containsExactly(p, k);
        PromotionRecord r = PromotionRecord.of(p);
        assertThat(r.evidenceKind()).isEqualTo("off_policy");
        assertThat(r.evidence()).contains("champion 0.02").contains("CI [0.021");
        assertThat(r.baseline()).isEqualTo(0.020);
    }
}
