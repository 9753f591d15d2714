package io.heed.bench.experiments;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Scratch;
import io.heed.bench.loop.ClosedLoop;
import io.heed.bench.loop.SimulatedAbTest;
import io.heed.bench.loop.SimulatorOpe;
import io.heed.bench.loop.Uplift;
import io.heed.sim.SimConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The closed-loop figures of {@code heed bench experiments}: a simulated A/B test of the attention-driven strategy
 * (personas + persona × ad click model + heed-ads' decision engine) against
 * the bid-weighted random baseline (estimated uplift with CI beside the world's true uplift), the coverage of the
 * uplift CIs over repeated simulated experiments, and doubly robust off-policy estimates of the attention
 * strategy from the baseline's logs against its true value, with the coverage of their CIs.
 */
final class ClosedLoopFigures {
    private ClosedLoopFigures() {}

    record Sizes(SimConfig cfg, int demoArrivals, int repetitions, int repArrivals, int opeRuns, int opeLogs) {
        static Sizes of(boolean quick) {
            SimConfig base = SimConfig.demo()
                    .withUsers(quick ? 2_000 : 5_000)
                    .withItems(quick ? 400 : 1_000)
                    .withAds(quick ? 120 : 250)
                    .withEvents(quick ? 200_000 : 500_000);
            return quick
                    ? new Sizes(base, 100_000, 100, 20_000, 40, 50_000)
                    : new Sizes(base, 200_000, 400, 20_000, 100, 100_000);
        }
    }

    static void measure(BenchOptions o, BenchResult r) throws IOException {
        Sizes s = Sizes.of(o.quick());
        Path dir = o.workDir().resolve("loop-sim");
        Scratch.deleteTree(dir);
        long t0 = System.nanoTime();
        ClosedLoop loop;
        try {
            loop = ClosedLoop.build(s.cfg(), dir);
        } finally {
            Scratch.deleteTree(dir);
        }
        o.log()
                .printf(
                        "closed loop: %,d users, %d candidate ads, personas and click model trained in %.1f s%n",
                        loop.world().users(), loop.world().candidates().length, (System.nanoTime() - t0) / 1e9);
        SimulatedAbTest.Truth truth = SimulatedAbTest.Truth.of(loop.world(), loop.baseline(), loop.attention());
        SimulatedAbTest.Result demo = SimulatedAbTest.run(
                loop.world(),
                loop.baseline(),
                loop.attention(),
                truth,
                s.demoArrivals(),
                "demo-ab",
                s.cfg().seed(),
                0.95);
        r.put("loop_users", loop.world().users())
                .put("loop_candidate_ads", loop.world().candidates().length)
                .put(
                        "loop_compared",
                        "heed-ads DecisionEngine (personas + persona x ad CTR as AttentionEstimator + GSP) "
                                + "vs bid-weighted random");
        put(r, "demo_revenue", demo.revenue());
        long decisions = loop.attention().requests();
        long tEngine = System.nanoTime();
        SimulatedAbTest.run(
                loop.world(),
                loop.baseline(),
                loop.attention(),
                truth,
                s.demoArrivals(),
                "timing",
                s.cfg().seed() + 1,
                0.95);
        r.put("loop_engine_ab_seconds", (System.nanoTime() - tEngine) / 1e9)
                .put("loop_engine_decisions_per_ab", loop.attention().requests() - decisions)
                .put("loop_engine_house_fills", loop.attention().houseFills());
        put(r, "demo_ctr", demo.ctr());
        r.put("demo_arrivals", s.demoArrivals());

        int coveredCtr = 0;
        int coveredRev = 0;
        int coveredRelCtr = 0;
        int coveredRelRev = 0;
        for (int i = 0; i < s.repetitions(); i++) {
            SimulatedAbTest.Result x = SimulatedAbTest.run(
                    loop.world(),
                    loop.baseline(),
                    loop.attention(),
                    truth,
                    s.repArrivals(),
                    "rep-" + i,
                    1000L + i,
                    0.95);
            coveredCtr += x.ctr().covers() ? 1 : 0;
            coveredRev += x.revenue().covers() ? 1 : 0;
            coveredRelCtr += x.ctr().relativeCi().contains(x.ctr().trueRelative()) ? 1 : 0;
            coveredRelRev += x.revenue().relativeCi().contains(x.revenue().trueRelative()) ? 1 : 0;
        }
        r.put("ci_coverage", (coveredCtr + coveredRev) / (2.0 * s.repetitions()))
                .put("ci_coverage_ctr", coveredCtr / (double) s.repetitions())
                .put("ci_coverage_revenue", coveredRev / (double) s.repetitions())
                .put("ci_coverage_relative_ctr", coveredRelCtr / (double) s.repetitions())
                .put("ci_coverage_relative_revenue", coveredRelRev / (double) s.repetitions())
                .put("ci_coverage_experiments", s.repetitions())
                .put("ci_coverage_arrivals", s.repArrivals())
                .put("ci_level", 0.95);

        SimulatorOpe ope = new SimulatorOpe(
                loop.world(),
                loop.baseline(),
                loop.attention(),
                loop.personaOfUser().values());
        double[] err = new double[s.opeRuns()];
        int drCovered = 0;
        int ipsCovered = 0;
        int trainedCovered = 0;
        double[] errTrained = new double[s.opeRuns()];
        double trueCtr = truth.treatment().ctr();
        SimulatorOpe.Result first = null;
        for (int i = 0; i < s.opeRuns(); i++) {
            SimulatorOpe.Result x = ope.run(s.opeLogs(), 5000L + i, 0.95, trueCtr);
            first = first == null ? x : first;
            err[i] = x.drRelativeError();
            drCovered += x.dr().ci().contains(trueCtr) ? 1 : 0;
            ipsCovered += x.ips().ci().contains(trueCtr) ? 1 : 0;
            trainedCovered += x.drTrained().ci().contains(trueCtr) ? 1 : 0;
            errTrained[i] = x.drTrainedRelativeError();
        }
        Arrays.sort(err);
        Arrays.sort(errTrained);
        r.put("sim_ope_true_ctr", trueCtr)
                .put("sim_ope_dr", first.dr().value())
                .put("sim_ope_dr_ci_low", first.dr().ci().lower())
                .put("sim_ope_dr_ci_high", first.dr().ci().upper())
                .put("sim_ope_ips", first.ips().value())
                .put("sim_ope_dr_rel_error", err[err.length / 2])
                .put("sim_ope_dr_rel_error_first_run", first.drRelativeError())
                .put("sim_ope_dr_rel_error_p90", err[(int) Math.floor(0.9 * (err.length - 1))])
                .put("sim_ope_ci_coverage", drCovered / (double) s.opeRuns())
                .put("sim_ope_ips_ci_coverage", ipsCovered / (double) s.opeRuns())
                .put("sim_ope_dr_trained_model", first.drTrained().value())
                .put("sim_ope_dr_trained_model_rel_error_median", errTrained[errTrained.length / 2])
                .put("sim_ope_dr_trained_model_ci_coverage", trainedCovered / (double) s.opeRuns())
                .put("sim_ope_runs", s.opeRuns())
                .put("sim_ope_logs", s.opeLogs());
        o.log()
                .printf(
                        "closed loop: revenue uplift %+.1f%% (true %+.1f%%), CTR uplift %+.1f%% (true %+.1f%%), "
                                + "CI coverage %.3f, OPE DR median error %.3f, DR CI coverage %.3f%n",
                        100 * demo.revenue().relative(),
                        100 * demo.revenue().trueRelative(),
                        100 * demo.ctr().relative(),
                        100 * demo.ctr().trueRelative(),
                        (coveredCtr + coveredRev) / (2.0 * s.repetitions()),
                        err[err.length / 2],
                        drCovered / (double) s.opeRuns());
    }

    private static void put(BenchResult r, String prefix, Uplift u) {
        String p = prefix.equals("demo_revenue") ? "demo" : prefix;
        if (prefix.equals("demo_revenue")) {
            r.put("demo_revenue_uplift", u.relative())
                    .put("demo_revenue_uplift_ci_low", u.relativeCi().lower())
                    .put("demo_revenue_uplift_ci_high", u.relativeCi().upper())
                    .put("demo_true_uplift", u.trueRelative());
        } else {
            r.put(p + "_uplift", u.relative())
                    .put(p + "_uplift_ci_low", u.relativeCi().lower())
                    .put(p + "_uplift_ci_high", u.relativeCi().upper())
                    .put(p + "_true_uplift", u.trueRelative());
        }
        r.put(prefix + "_control", u.control())
                .put(prefix + "_treatment", u.treatment())
                .put(prefix + "_true_control", u.trueControl())
                .put(prefix + "_true_treatment", u.trueTreatment());
    }
}
