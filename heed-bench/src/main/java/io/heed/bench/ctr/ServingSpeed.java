package io.heed.bench.ctr;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModels;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.fm.FmTrainer;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlLearner;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.util.Arrays;
import java.util.List;

/**
 * Serving-side speed on the simulated impressions, one thread: FTRL online training throughput (examples per
 * second, median of 3 passes over fresh learners) and the latency of scoring 100 candidates through the whole
 * path (feature encoding, model, calibration), as p50/p99 over many batches after a warm-up. A bench command
 * rather than JMH: the figures come from the same realistic requests the accuracy figures use.
 */
final class ServingSpeed {
    private static final int CANDIDATES = 100;

    private ServingSpeed() {}

    static void measure(SimRun sim, BenchResult r, BenchOptions o) {
        CtrExamples train = sim.set().split().train();
        double[] rates = new double[3];
        for (int i = 0; i < rates.length; i++) {
            FtrlLearner learner =
                    new FtrlLearner(FtrlConfig.defaults(), sim.set().spec().bits());
            long t0 = System.nanoTime();
            for (int row = 0; row < train.size(); row++) {
                learner.update(train, row);
            }
            rates[i] = train.size() / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        r.put("ftrl_train_examples_per_s_per_core", rates[1]);
        o.log().printf("ctr serving: FTRL trains %,.0f examples/s on one core%n", rates[1]);
        List<CtrRequest> req = sim.recentRequests();
        CtrExamples small = train.range(0, Math.min(train.size(), 50_000));
        for (var e : List.of(
                java.util.Map.entry(
                        "ftrl",
                        CtrModels.train(
                                new FtrlTrainer(FtrlConfig.defaults()),
                                sim.set().spec(),
                                small,
                                0.1,
                                CalibrationMethod.PLATT,
                                "speed",
                                1)),
                java.util.Map.entry(
                        "fm",
                        CtrModels.train(
                                new FmTrainer(FmConfig.defaults()
                                        .withFactors(8)
                                        .withEpochs(1)
                                        .withEarlyStop(0)),
                                sim.set().spec(),
                                small,
                                0.1,
                                CalibrationMethod.PLATT,
                                "speed",
                                1)))) {
            double[] lat = latencies(e.getValue(), req);
            r.put("score100_" + e.getKey() + "_p50_ms", lat[0]).put("score100_" + e.getKey() + "_p99_ms", lat[1]);
            o.log()
                    .printf(
                            "ctr serving: %s scores %d candidates in p50 %.3f ms, p99 %.3f ms%n",
                            e.getKey(), CANDIDATES, lat[0], lat[1]);
        }
    }

    /** p50 and p99 in milliseconds of scoring consecutive batches of 100 requests. */
    private static double[] latencies(CtrModel m, List<CtrRequest> req) {
        int batches = 3000;
        double[] ms = new double[batches];
        double sink = 0;
        for (int w = 0; w < 500; w++) {
            sink += m.predictAll(batch(req, w))[0];
        }
        for (int b = 0; b < batches; b++) {
            List<CtrRequest> batch = batch(req, b);
            long t0 = System.nanoTime();
            sink += m.predictAll(batch)[0];
            ms[b] = (System.nanoTime() - t0) / 1e6;
        }
        if (sink < 0) {
            throw new IllegalStateException("impossible");
        }
        Arrays.sort(ms);
        return new double[] {ms[batches / 2], ms[(int) (batches * 0.99)]};
    }

    private static List<CtrRequest> batch(List<CtrRequest> req, int b) {
        int from = (b * CANDIDATES) % Math.max(1, req.size() - CANDIDATES);
        return req.subList(from, Math.min(req.size(), from + CANDIDATES));
    }
}
