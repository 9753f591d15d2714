package io.heed.experiments.analysis;

import io.heed.core.Problem;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Variant;
import io.heed.experiments.stats.MultipleComparisons;
import io.heed.experiments.stats.SampleRatioMismatch;
import io.heed.experiments.stats.StatsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the statistics into one report: the sample-ratio-mismatch check against the planned split; the primary
 * metric of every variant against control, p-values Holm-adjusted over the variants; guardrails, each failing when
 * its CI lies wholly below zero (significantly worse). Verdict: INVALID on a mismatch; NO_SHIP when a guardrail
 * fails or the best variant is significantly worse; SHIP when a variant is significantly better; else
 * INCONCLUSIVE. A metric that cannot be computed (no events, one unit, zero variance) is reported as such, never
 * as a number.
 */
public final class ExperimentAnalysis {
    private ExperimentAnalysis() {}

    public static ExperimentReport analyze(ExperimentDefinition d, Map<String, UnitOutcomes> data, AnalysisPlan plan) {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Variant v : d.variants()) {
            UnitOutcomes o = data.get(v.name());
            units.put(v.name(), o == null ? 0 : o.units());
        }
        List<String> reasons = new ArrayList<>();
        SampleRatioMismatch.Outcome srm = srm(d, units, reasons);
        UnitOutcomes control = data.get(d.control());
        List<MetricResult> primary = new ArrayList<>();
        List<MetricResult> guardrails = new ArrayList<>();
        for (Variant v : d.variants()) {
            if (v.name().equals(d.control())) {
                continue;
            }
            UnitOutcomes t = data.get(v.name());
            if (control == null || t == null) {
                Problem p = Problem.of("empty_variant", control == null ? d.control() : v.name(), "no exposed units");
                primary.add(MetricResult.failed(plan.primary(), v.name(), p));
                continue;
            }
            primary.add(MetricComparison.compare(plan.primary(), v.name(), control, t, plan.confidence()));
            for (Metric g : plan.guardrails()) {
                guardrails.add(MetricComparison.compare(g, v.name(), control, t, plan.confidence()));
            }
        }
        primary = adjust(primary);
        Verdict verdict = verdict(srm, primary, guardrails, 1 - plan.confidence(), reasons);
        return new ExperimentReport(d.name(), d.control(), units, srm, primary, guardrails, verdict, reasons);
    }

    private static SampleRatioMismatch.Outcome srm(
            ExperimentDefinition d, Map<String, Integer> units, List<String> reasons) {
        long[] observed = units.values().stream().mapToLong(Integer::longValue).toArray();
        try {
            return SampleRatioMismatch.check(
                    observed, d.split().plannedShares(), SampleRatioMismatch.DEFAULT_THRESHOLD);
        } catch (StatsException e) {
            reasons.add("sample-ratio check not possible: " + e.problem().message());
            return null;
        }
    }

    private static List<MetricResult> adjust(List<MetricResult> results) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).computed()) {
                idx.add(i);
            }
        }
        double[] p = idx.stream().mapToDouble(i -> results.get(i).pValue()).toArray();
        double[] adj = p.length == 0 ? p : MultipleComparisons.holm(p);
        List<MetricResult> out = new ArrayList<>(results);
        for (int k = 0; k < idx.size(); k++) {
            out.set(idx.get(k), results.get(idx.get(k)).withAdjustedP(adj[k]));
        }
        return out;
    }

    private static Verdict verdict(
            SampleRatioMismatch.Outcome srm,
            List<MetricResult> primary,
            List<MetricResult> guardrails,
            double alpha,
            List<String> reasons) {
        if (srm != null && srm.mismatch()) {
            reasons.add(String.format(
                    "sample ratio mismatch (chi-square p = %.2g): assignment or logging is broken", srm.pValue()));
            return Verdict.INVALID;
        }
        boolean guardrailFails = false;
        for (MetricResult g : guardrails) {
            if (g.computed() && g.ci().upper() < 0) {
                reasons.add("guardrail " + g.metric().wire() + " is significantly worse in " + g.variant());
                guardrailFails = true;
            } else if (!g.computed()) {
                reasons.add("guardrail " + g.metric().wire() + " for " + g.variant() + " not computable: "
                        + g.problem().message());
            }
        }
        boolean better = false;
        boolean worse = false;
        for (MetricResult r : primary) {
            if (!r.computed()) {
                reasons.add(r.metric().wire() + " for " + r.variant() + " not computable: "
                        + r.problem().message());
            } else if (r.adjustedP() < alpha) {
                better |= r.difference() > 0;
                worse |= r.difference() < 0;
                reasons.add(String.format(
                        "%s of %s differs from control (Holm-adjusted p = %.3g)",
                        r.metric().wire(), r.variant(), r.adjustedP()));
            }
        }
        if (guardrailFails || (worse && !better)) {
            return Verdict.NO_SHIP;
        }
        if (better) {
            return Verdict.SHIP;
        }
        reasons.add("no variant differs significantly on "
                + (primary.isEmpty()
                        ? "the primary metric"
                        : primary.get(0).metric().wire()));
        return Verdict.INCONCLUSIVE;
    }
}
