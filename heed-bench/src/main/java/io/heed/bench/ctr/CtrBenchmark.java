package io.heed.bench.ctr;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Scratch;
import io.heed.models.ctr.CtrModel;
import io.heed.models.ctr.CtrModels;
import io.heed.models.ctr.CtrTrainer;
import io.heed.models.ctr.eval.CtrEvaluation;
import io.heed.models.ctr.eval.CtrMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code heed bench ctr}: Heed's click models (FTRL logistic regression, factorization machine, XGBoost4J trees)
 * against Debian's xgboost CLI and scikit-learn's LogisticRegression, trained on the same split and the same hashed
 * one-hot features, scored by the same metric code, in one run, on Frappe, Criteo, OBD, Taobao and simulated
 * impressions (where the true click probability of every impression is known). Then FTRL training throughput and
 * the latency of scoring 100 candidates. {@code --quick} skips Heed's trees and shrinks the simulator.
 */
public final class CtrBenchmark implements Benchmark {
    @Override
    public String name() {
        return "ctr";
    }

    @Override
    public String description() {
        return "pCTR models vs xgboost CLI and scikit-learn LR on Frappe, Criteo, OBD, Taobao, simulated impressions";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        Path data = Path.of(System.getProperty("heed.shared.data", "../shared/data"));
        BenchResult r = new BenchResult();
        r.put("quick", o.quick() ? 1 : 0).put("peer_xgboost", Peers.xgboostVersion() + " (300 rounds, depth 8, eta 0.1)")
                .put("peer_sklearn", "LogisticRegression(C=1, lbfgs)");
        Path work = o.workDir().resolve("ctr");
        Files.createDirectories(work);
        for (SetLoader loader : new SetLoader[] {
            () -> CtrSets.frappe(data, o.quick()), () -> CtrSets.criteo(data, o.quick()),
            () -> CtrSets.obd(data, o.quick()), () -> CtrSets.taobao(data, o.quick())}) {
            CtrSet set;
            try {
                set = loader.load();
            } catch (NoSuchFileException e) {
                o.log().println("ctr: skipping a data set, file not found: " + e.getFile());
                continue;
            }
            compare(set, work.resolve(set.key()), r, o);
        }
        SimRun sim = SimRun.load(work, o.quick());
        compare(sim.set(), work.resolve("sim-peers"), r, o);
        ServingSpeed.measure(sim, r, o);
        Scratch.deleteTree(work.resolve("peers"));
        return r;
    }

    @FunctionalInterface
    private interface SetLoader {
        CtrSet load() throws IOException;
    }

    /** Heed's models and both peers on one set; figures prefixed with the set's key. */
    static void compare(CtrSet set, Path dir, BenchResult r, BenchOptions o) throws Exception {
        String k = set.key();
        float[] y = set.split().test().labels();
        o.log().printf("ctr %s: %s (%,d train / %,d test rows, positive rate %.4f)%n", k, set.description(),
                set.split().train().size(), set.split().test().size(), set.split().test().positiveRate());
        String bestName = "";
        double bestAuc = -1;
        double bestLoss = Double.NaN;
        for (CtrTrainer t : set.trainers()) {
            long t0 = System.nanoTime();
            CtrModel m = CtrModels.train(t, set.spec(), set.split().train(), 0.1, set.calibration(), k, 42);
            double secs = (System.nanoTime() - t0) / 1e9;
            CtrEvaluation e = CtrEvaluation.of(m, set.split().test());
            String a = t.algorithm().replace('-', '_');
            r.put(k + "_heed_" + a + "_auc", e.auc()).put(k + "_heed_" + a + "_logloss", e.logLoss())
                    .put(k + "_heed_" + a + "_ece", e.ece()).put(k + "_heed_" + a + "_train_s", secs);
            o.log().printf("  heed %-8s AUC %.4f  log loss %.4f  NE %.4f  ECE %.4f  %.1f s%n", t.algorithm(), e.auc(),
                    e.logLoss(), e.normalizedEntropy(), e.ece(), secs);
            if (e.auc() > bestAuc) {
                bestAuc = e.auc();
                bestLoss = e.logLoss();
                bestName = t.algorithm();
            }
        }
        r.put(k + "_heed_auc", bestAuc).put(k + "_heed_logloss", bestLoss).put(k + "_heed_best_model", bestName);
        PeerFiles.Written files = PeerFiles.write(set.split().train(), set.split().test(), dir);
        double[] xgb = Peers.xgboost(files, dir, 2);
        double[] lr = Peers.sklearnLogistic(files, dir);
        double xgbAuc = CtrMetrics.auc(xgb, y);
        double lrAuc = CtrMetrics.auc(lr, y);
        r.put(k + "_xgboost_auc", xgbAuc).put(k + "_xgboost_logloss", CtrMetrics.logLoss(xgb, y))
                .put(k + "_sklearn_lr_auc", lrAuc).put(k + "_sklearn_lr_logloss", CtrMetrics.logLoss(lr, y));
        double peer = Math.max(xgbAuc, lrAuc);
        r.put(k + "_best_peer_auc", peer).put(k + "_heed_minus_best_peer_auc", bestAuc - peer);
        o.log().printf("  xgboost  AUC %.4f  log loss %.4f | sklearn LR AUC %.4f  log loss %.4f | heed best %s%n",
                xgbAuc, CtrMetrics.logLoss(xgb, y), lrAuc, CtrMetrics.logLoss(lr, y),
                bestAuc > peer ? "beats the best peer" : "does NOT beat the best peer");
        if (set.testTruth() != null) {
            double truthLoss = CtrMetrics.logLoss(set.testTruth(), y);
            r.put(k + "_truth_auc", CtrMetrics.auc(set.testTruth(), y)).put(k + "_truth_logloss", truthLoss)
                    .put(k + "_logloss_vs_truth_ratio", bestLoss / truthLoss);
            o.log().printf("  true probabilities: AUC %.4f  log loss %.4f  (heed / truth = %.4f)%n",
                    CtrMetrics.auc(set.testTruth(), y), truthLoss, bestLoss / truthLoss);
        }
        Scratch.deleteTree(dir);
    }
}
