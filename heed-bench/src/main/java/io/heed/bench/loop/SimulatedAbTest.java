package io.heed.bench.loop;

import io.heed.experiments.analysis.AnalysisPlan;
import io.heed.experiments.analysis.ExperimentAnalysis;
import io.heed.experiments.analysis.ExperimentReport;
import io.heed.experiments.analysis.Metric;
import io.heed.experiments.analysis.UnitOutcomes;
import io.heed.experiments.registry.Assignment;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Exposure;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.registry.Treatment;
import io.heed.experiments.registry.UnitContext;
import io.heed.experiments.registry.Variant;
import io.heed.experiments.stats.Interval;
import io.heed.experiments.stats.RatioMetric;
import io.heed.sim.Outcome;
import io.heed.sim.PolicyValue;
import io.heed.sim.ServingStrategy;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * An A/B test in the closed loop, run as a registered experiment: visitors arrive, each user is assigned by the
 * definition ({@link Assignment}: window, targeting, salted hash), exposed once, the assigned strategy decides and
 * the world answers. CTR and revenue per impression are compared per user by the delta method (users are the
 * randomisation unit), beside the world's exact true values; the experiment's combined report (SRM, primary
 * metric, guardrails, verdict) comes with it.
 */
public final class SimulatedAbTest {
    private SimulatedAbTest() {}

    public record Result(
            int arrivals,
            int controlUsers,
            int treatmentUsers,
            Uplift ctr,
            Uplift revenue,
            ExperimentReport report,
            List<Exposure> exposures) {}

    /** What the simulated experiment is judged on: revenue per impression, with CTR and conversions as guardrails. */
    public static final AnalysisPlan PLAN =
            new AnalysisPlan(Metric.REVENUE_PER_IMPRESSION, List.of(Metric.CTR, Metric.CONVERSION_RATE), 0.95);

    /** A 50/50 experiment of two strategies over all users, for the simulated window. */
    public static ExperimentDefinition definition(
            String name, String salt, ServingStrategy control, ServingStrategy treatment) {
        return definition(name, salt, control, treatment, Targeting.everyone());
    }

    public static ExperimentDefinition definition(
            String name, String salt, ServingStrategy control, ServingStrategy treatment, Targeting targeting) {
        return new ExperimentDefinition(
                name,
                salt,
                "control",
                List.of(
                        new Variant("control", new Treatment(Treatment.Kind.STRATEGY, control.name()), 5000),
                        new Variant("treatment", new Treatment(Treatment.Kind.STRATEGY, treatment.name()), 5000)),
                targeting,
                START,
                START.plusSeconds(14 * 86_400L));
    }

    static final Instant START = Instant.parse("2026-10-15T00:00:00Z");

    /** True values, computed once per strategy pair (exact, so they may be reused across repetitions). */
    public record Truth(PolicyValue control, PolicyValue treatment) {
        public static Truth of(SimWorld w, ServingStrategy control, ServingStrategy treatment) {
            return new Truth(w.trueValue(control), w.trueValue(treatment));
        }

        /** Over the users an experiment targets only (its estimand). */
        public static Truth of(
                SimWorld w,
                ServingStrategy control,
                ServingStrategy treatment,
                java.util.function.Predicate<String> users) {
            return new Truth(w.trueValue(control, users), w.trueValue(treatment, users));
        }
    }

    public static Result run(
            SimWorld world,
            ServingStrategy control,
            ServingStrategy treatment,
            Truth truth,
            int arrivals,
            String salt,
            long seed,
            double confidence) {
        return run(
                world,
                control,
                treatment,
                truth,
                arrivals,
                definition("sim-" + salt, salt, control, treatment),
                seed,
                confidence);
    }

    public static Result run(
            SimWorld world,
            ServingStrategy control,
            ServingStrategy treatment,
            Truth truth,
            int arrivals,
            ExperimentDefinition d,
            long seed,
            double confidence) {
        return run(
                world, control, treatment, truth, arrivals, d, seed, confidence, (at, v, variant, o) -> {}, Map.of());
    }

    /** Hears every measured arrival (e.g. to write it to the store as events). */
    @FunctionalInterface
    public interface Listener {
        void served(Instant at, Visitor visitor, String variant, Outcome outcome);
    }

    /**
     * With a listener and the persona of each known user (what persona targeting looks at; users absent from the map
     * have none, so a persona-targeted experiment leaves them out: served the control strategy, not measured).
     */
    public static Result run(
            SimWorld world,
            ServingStrategy control,
            ServingStrategy treatment,
            Truth truth,
            int arrivals,
            ExperimentDefinition d,
            long seed,
            double confidence,
            Listener listener,
            Map<String, String> personaOfUser) {
        int users = world.users();
        double[][] imp = new double[2][users];
        double[][] clk = new double[2][users];
        double[][] rev = new double[2][users];
        double[][] conv = new double[2][users];
        int[] arm = new int[users];
        java.util.Arrays.fill(arm, -1);
        List<Exposure> exposures = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed);
        long step = Math.max(1, (d.stop().toEpochMilli() - d.start().toEpochMilli()) / Math.max(1, arrivals));
        for (int i = 0; i < arrivals; i++) {
            Visitor v = world.arrive(rng);
            int u = v.userIndex();
            Instant at = d.start().plusMillis(i * step);
            if (arm[u] < 0) {
                String variant = Assignment.variantOf(
                                d, new UnitContext(v.userId(), personaOfUser.get(v.userId()), v.geo(), null), at)
                        .orElse(null);
                arm[u] = variant == null ? 2 : variant.equals(d.control()) ? 0 : 1;
                if (variant != null) {
                    exposures.add(new Exposure(d.name(), v.userId(), variant, at));
                }
            }
            if (arm[u] == 2) {
                control.observe(v, world.serve(v, control.decide(v), rng)); // not enrolled: served, not measured
                continue;
            }
            ServingStrategy s = arm[u] == 0 ? control : treatment;
            Outcome o = world.serve(v, s.decide(v), rng);
            s.observe(v, o);
            listener.served(at, v, arm[u] == 0 ? d.control() : treatmentOf(d), o);
            imp[arm[u]][u]++;
            clk[arm[u]][u] += o.click() ? 1 : 0;
            rev[arm[u]][u] += o.revenue();
            conv[arm[u]][u] += o.conversion() ? 1 : 0;
        }
        double[][][] byArm = new double[4][2][];
        int[] n = new int[2];
        for (int a = 0; a < 2; a++) {
            List<Integer> seen = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                if (arm[u] == a) {
                    seen.add(u);
                }
            }
            n[a] = seen.size();
            byArm[0][a] = pick(imp[a], seen);
            byArm[1][a] = pick(clk[a], seen);
            byArm[2][a] = pick(rev[a], seen);
            byArm[3][a] = pick(conv[a], seen);
        }
        Uplift ctr = uplift(
                "ctr",
                byArm[1],
                byArm[0],
                confidence,
                truth.control().ctr(),
                truth.treatment().ctr());
        Uplift revenue = uplift(
                "revenue_per_impression",
                byArm[2],
                byArm[0],
                confidence,
                truth.control().revenuePerImpression(),
                truth.treatment().revenuePerImpression());
        Map<String, UnitOutcomes> outcomes = new LinkedHashMap<>();
        String treatmentName = treatmentOf(d);
        outcomes.put(d.control(), new UnitOutcomes(byArm[0][0], byArm[1][0], byArm[2][0], byArm[3][0]));
        outcomes.put(treatmentName, new UnitOutcomes(byArm[0][1], byArm[1][1], byArm[2][1], byArm[3][1]));
        ExperimentReport report = ExperimentAnalysis.analyze(
                d, outcomes, new AnalysisPlan(PLAN.primary(), PLAN.guardrails(), confidence));
        return new Result(arrivals, n[0], n[1], ctr, revenue, report, exposures);
    }

    private static String treatmentOf(ExperimentDefinition d) {
        return d.variants().stream()
                .map(Variant::name)
                .filter(x -> !x.equals(d.control()))
                .findFirst()
                .orElseThrow();
    }

    private static double[] pick(double[] values, List<Integer> idx) {
        double[] out = new double[idx.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[idx.get(i)];
        }
        return out;
    }

    static Uplift uplift(String metric, double[][] num, double[][] den, double confidence, double trueC, double trueT) {
        RatioMetric.Comparison c = RatioMetric.compare(num[0], den[0], num[1], den[1], confidence);
        double cv = c.control().estimate();
        double tv = c.treatment().estimate();
        double rel = tv / cv - 1;
        // delta method for T/C with independent arms: Var ~ Var(T)/C^2 + T^2 Var(C)/C^4
        double se = Math.sqrt(
                c.treatment().variance() / (cv * cv) + tv * tv * c.control().variance() / (cv * cv * cv * cv));
        double q = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidence) / 2);
        return new Uplift(
                metric, cv, tv, c.difference(), c.ci(), rel, new Interval(rel - q * se, rel + q * se), trueC, trueT);
    }
}
