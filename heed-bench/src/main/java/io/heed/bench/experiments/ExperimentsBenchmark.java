package io.heed.bench.experiments;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.experiments.bandit.RegretSimulation;
import io.heed.experiments.calibration.AaCalibration;
import io.heed.experiments.ope.CellMeanRewardModel;
import io.heed.experiments.ope.Estimate;
import io.heed.experiments.ope.LoggedDecision;
import io.heed.experiments.ope.OffPolicyEstimators;
import io.heed.experiments.ope.TabularPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code heed bench experiments}: A/A calibration of the fixed-horizon and sequential tests (1,000 simulated A/A
 * tests), Thompson sampling's regret against the best fixed arm, and off-policy estimates of the Open Bandit
 * Dataset's Thompson-sampling policy from its uniform-random logs, against that policy's on-policy click rate;
 * and the closed loop in the simulator ({@link ClosedLoopFigures}).
 */
public final class ExperimentsBenchmark implements Benchmark {
    private static final int OBD_ITEMS = 34;

    @Override
    public String name() {
        return "experiments";
    }

    @Override
    public String description() {
        return "A/A false-positive rates, Thompson sampling regret, off-policy estimates on OBD";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        BenchResult r = new BenchResult();
        AaCalibration.run(AaCalibration.Config.defaults()).figures().forEach(r::put);
        RegretSimulation.run(new double[] {0.04, 0.05, 0.03, 0.07, 0.06}, 20_000, 7L)
                .figures()
                .forEach((k, v) -> r.put("bandit_" + k, v));
        ClosedLoopFigures.measure(o, r);
        Path obd = Path.of(System.getProperty("heed.shared.data", "../shared/data"), "obd-sample");
        if (!Files.isRegularFile(obd.resolve("random/men/men.csv"))) {
            o.log().println("OBD sample not found under " + obd.toAbsolutePath() + ": off-policy part skipped");
            return r.put("ope_skipped", "no OBD sample at " + obd.toAbsolutePath());
        }
        List<LoggedDecision> random = ObdLogs.read(obd.resolve("random/men/men.csv"));
        List<LoggedDecision> bts = ObdLogs.read(obd.resolve("bts/men/men.csv"));
        double onPolicy =
                bts.stream().mapToDouble(LoggedDecision::reward).average().orElseThrow();
        TabularPolicy target = new TabularPolicy(ObdLogs.slateShares(bts, OBD_ITEMS));
        CellMeanRewardModel model = CellMeanRewardModel.fit(random, 3, OBD_ITEMS, 1.0);
        List<Estimate> estimates = List.of(
                OffPolicyEstimators.ips(random, target, 0.95),
                OffPolicyEstimators.snips(random, target, 0.95),
                OffPolicyEstimators.directMethod(
                        random, target, CellMeanRewardModel.fitter(3, OBD_ITEMS, 1.0), 0.95, 200, 20261128L),
                OffPolicyEstimators.doublyRobust(random, target, model, 0.95));
        r.put("ope_data", "OBD men: bts estimated from 10,000 uniform-random logs")
                .put("ope_on_policy", onPolicy);
        for (Estimate e : estimates) {
            String k = "ope_" + e.method().toLowerCase(java.util.Locale.ROOT);
            r.put(k, e.value())
                    .put(k + "_ci_low", e.ci().lower())
                    .put(k + "_ci_high", e.ci().upper())
                    .put(k + "_covers_on_policy", e.ci().contains(onPolicy));
        }
        Estimate dr = estimates.get(3);
        return r.put("ope_dr_rel_error", Math.abs(dr.value() - onPolicy) / onPolicy);
    }
}
