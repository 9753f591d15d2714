package io.heed.experiments.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.registry.Treatment;
import io.heed.experiments.registry.Variant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The combined report on seeded synthetic outcomes with known truth. */
class ExperimentAnalysisTest {
    static final ExperimentDefinition D = new ExperimentDefinition(
            "e",
            "s",
            "control",
            List.of(
                    new Variant("control", Treatment.parse("strategy:random"), 5000),
                    new Variant("b", Treatment.parse("strategy:attention"), 5000)),
            Targeting.everyone(),
            Instant.EPOCH,
            Instant.parse("2030-01-01T00:00:00Z"));

    /** n units, 10 impressions each, clicks ~ Binomial(10, ctr), revenue 0.1 per click, a conversion per 5 clicks. */
    static UnitOutcomes units(int n, double ctr, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] imp = new double[n];
        double[] clk = new double[n];
        double[] rev = new double[n];
        double[] conv = new double[n];
        for (int i = 0; i < n; i++) {
            imp[i] = 10;
            for (int k = 0; k < 10; k++) {
                clk[i] += rng.nextDouble() < ctr ? 1 : 0;
            }
            rev[i] = 0.1 * clk[i];
            conv[i] = rng.nextDouble() < clk[i] / 5 ? 1 : 0;
        }
        return new UnitOutcomes(imp, clk, rev, conv);
    }

    @Test
    void aClearWinnerShipsAndAClearLoserDoesNot() {
        ExperimentReport win = ExperimentAnalysis.analyze(
                D, Map.of("control", units(3000, 0.05, 1), "b", units(3000, 0.07, 2)), AnalysisPlan.defaults());
        assertThat(win.verdict()).isEqualTo(Verdict.SHIP);
        assertThat(win.primary().get(0).relative()).isBetween(0.3, 0.5);
        assertThat(win.srm().mismatch()).isFalse();
        ExperimentReport lose = ExperimentAnalysis.analyze(
                D, Map.of("control", units(3000, 0.07, 1), "b", units(3000, 0.05, 2)), AnalysisPlan.defaults());
        assertThat(lose.verdict()).isEqualTo(Verdict.NO_SHIP);
        assertThat(lose.reasons()).anyMatch(r -> r.contains("guardrail ctr"));
    }

    @Test
    void noDifferenceIsInconclusiveAndASkewedSplitIsInvalid() {
        ExperimentReport same = ExperimentAnalysis.analyze(
                D, Map.of("control", units(2000, 0.05, 3), "b", units(2000, 0.05, 4)), AnalysisPlan.defaults());
        assertThat(same.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        ExperimentReport skew = ExperimentAnalysis.analyze(
                D, Map.of("control", units(2000, 0.05, 3), "b", units(2300, 0.07, 4)), AnalysisPlan.defaults());
        assertThat(skew.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(skew.reasons().get(0)).contains("sample ratio mismatch");
    }

    @Test
    void metricsWithoutEventsAreReportedNotComputed() {
        UnitOutcomes none = new UnitOutcomes(new double[5], new double[5], new double[5], new double[5]);
        ExperimentReport r = ExperimentAnalysis.analyze(
                D,
                Map.of("control", none, "b", none),
                new AnalysisPlan(Metric.CTR, List.of(Metric.REVENUE_PER_UNIT), 0.95));
        assertThat(r.primary().get(0).computed()).isFalse();
        assertThat(r.primary().get(0).problem().code()).isEqualTo("no_events");
        assertThat(r.primary().get(0).pValue()).isNull();
        assertThat(r.guardrails().get(0).problem().code()).isEqualTo("zero_variance");
        assertThat(r.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        ExperimentReport missing = ExperimentAnalysis.analyze(D, Map.of("control", none), AnalysisPlan.defaults());
        assertThat(missing.primary().get(0).problem().code()).isEqualTo("empty_variant");
        assertThat(missing.units()).containsEntry("b", 0);
    }
}
