package io.heed.bench.ctr;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Scratch;
import io.heed.ctr.CtrModel;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.eval.CtrMetrics;
import io.heed.ctr.eval.ModelSelection;
import io.heed.ctr.eval.Splits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Heed against both peers on one set, on every evaluation split of its protocol. Per split: every candidate is
 * scored on validation rows carved from the training part; each family's best configuration (and the overall
 * winner) is retrained on the whole training part and graded once on test; the peers train on the same training
 * part. Figures are means over the splits (with standard deviations when there are several).
 */
final class SetComparison {
    private final CtrSet set;
    private final BenchOptions o;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private final Map<String, Integer> chosen = new TreeMap<>();
    private final Map<String, Integer> chosenConfig = new TreeMap<>();
    private int heedWins;
    /** The winner's test log loss on the latest split (the simulator's only one), for the ratio to the truth. */
    private double heedLoss = Double.NaN;

    private SetComparison(CtrSet set, BenchOptions o) {
        this.set = set;
        this.o = o;
    }

    static void run(CtrSet set, Path dir, BenchResult r, BenchOptions o) throws Exception {
        new SetComparison(set, o).compare(dir, r);
    }

    private void compare(Path dir, BenchResult r) throws Exception {
        String k = set.key();
        o.log()
                .printf(
                        "ctr %s: %s; %s; %d candidates chosen on validation%n",
                        k, set.description(), set.protocol(), set.candidates().size());
        int n = set.evaluations().size();
        for (int i = 0; i < n; i++) {
            Splits.Split s = set.evaluations().get(i);
            o.log()
                    .printf(
                            " split %d/%d: %,d train / %,d test rows, %d test positives%n",
                            i + 1,
                            n,
                            s.train().size(),
                            s.test().size(),
                            Math.round(s.test().positiveRate() * s.test().size()));
            double heedAuc = heed(s);
            PeerFiles.Written files = PeerFiles.write(s.train(), s.test(), dir);
            double xgbAuc = peer("xgboost", Peers.xgboost(files, dir, 2), s);
            double lrAuc = peer("sklearn_lr", Peers.sklearnLogistic(files, dir), s);
            if (heedAuc > Math.max(xgbAuc, lrAuc)) {
                heedWins++;
            }
            if (set.testTruth() != null) {
                truth(r, s);
            }
            Scratch.deleteTree(dir);
            o.log().printf("  xgboost AUC %.4f | sklearn LR AUC %.4f%n", xgbAuc, lrAuc);
        }
        report(r, n);
    }

    /** Chooses on validation, retrains each family's best on the whole training part; returns the winner's test AUC. */
    private double heed(Splits.Split s) {
        long t0 = System.nanoTime();
        ModelSelection.Result sel = ModelSelection.select(
                set.candidates(), set.spec(), set.validation().apply(s.train()), set.calibration(), 42);
        tally("selection_s").add((System.nanoTime() - t0) / 1e9);
        double winnerAuc = Double.NaN;
        for (String family : sel.families()) {
            ModelSelection.Scored best = sel.bestOf(family);
            long t1 = System.nanoTime();
            CtrModel m = ModelSelection.fit(best.candidate().trainer(), set.spec(), s.train(), set.calibration(), 42);
            double secs = (System.nanoTime() - t1) / 1e9;
            CtrEvaluation e = CtrEvaluation.of(m, s.test());
            String a = "heed_" + family.replace('-', '_');
            tally(a + "_auc").add(e.auc());
            tally(a + "_logloss").add(e.logLoss());
            tally(a + "_ece").add(e.ece());
            tally(a + "_validation_auc").add(best.validationAuc());
            tally(a + "_train_s").add(secs);
            o.log()
                    .printf(
                            "  heed %-8s validation AUC %.4f -> test AUC %.4f  log loss %.4f  ECE %.4f  %.1f s  [%s]%n",
                            family,
                            best.validationAuc(),
                            e.auc(),
                            e.logLoss(),
                            e.ece(),
                            secs,
                            best.candidate().label());
            if (best == sel.best()) {
                winnerAuc = e.auc();
                tally("heed_auc").add(e.auc());
                tally("heed_logloss").add(e.logLoss());
                tally("heed_validation_auc").add(best.validationAuc());
                chosen.merge(family, 1, Integer::sum);
                chosenConfig.merge(best.candidate().label(), 1, Integer::sum);
                heedLoss = e.logLoss();
            }
        }
        return winnerAuc;
    }

    private double peer(String name, double[] p, Splits.Split s) {
        float[] y = s.test().labels();
        double auc = CtrMetrics.auc(p, y);
        tally(name + "_auc").add(auc);
        tally(name + "_logloss").add(CtrMetrics.logLoss(p, y));
        return auc;
    }

    private void truth(BenchResult r, Splits.Split s) {
        String k = set.key();
        float[] y = s.test().labels();
        double truthLoss = CtrMetrics.logLoss(set.testTruth(), y);
        r.put(k + "_truth_auc", CtrMetrics.auc(set.testTruth(), y))
                .put(k + "_truth_logloss", truthLoss)
                .put(k + "_logloss_vs_truth_ratio", heedLoss / truthLoss);
        o.log()
                .printf(
                        "  true probabilities: AUC %.4f  log loss %.4f  (heed / truth = %.4f)%n",
                        CtrMetrics.auc(set.testTruth(), y), truthLoss, heedLoss / truthLoss);
    }

    private void report(BenchResult r, int n) {
        String k = set.key();
        r.put(k + "_protocol", set.protocol())
                .put(k + "_evaluations", n)
                .put(k + "_candidates", set.candidates().size());
        tallies.forEach((name, t) -> {
            r.put(k + "_" + name, t.mean());
            if (n > 1 && name.endsWith("_auc")) {
                r.put(k + "_" + name + "_sd", t.sd());
            }
        });
        r.put(k + "_heed_best_model", describe(chosen, n)).put(k + "_heed_best_config", describe(chosenConfig, n));
        double xgb = tallies.get("xgboost_auc").mean();
        double lr = tallies.get("sklearn_lr_auc").mean();
        double peer = Math.max(xgb, lr);
        double heed = tallies.get("heed_auc").mean();
        r.put(k + "_best_peer_auc", peer).put(k + "_heed_minus_best_peer_auc", heed - peer);
        if (n > 1) {
            r.put(k + "_heed_split_wins", heedWins);
        }
        o.log()
                .printf(
                        " %s: heed (%s) AUC %.4f vs best peer %.4f: %s%n",
                        k,
                        describe(chosen, n),
                        heed,
                        peer,
                        heed > peer ? "beats the best peer" : "does NOT beat the best peer");
    }

    /** The choice, or with several splits each choice with how often it won, e.g. {@code fm ×7, ftrl-lr ×3}. */
    private static String describe(Map<String, Integer> counts, int n) {
        if (n == 1) {
            return counts.keySet().iterator().next();
        }
        StringBuilder sb = new StringBuilder();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append(e.getKey())
                        .append(" ×")
                        .append(e.getValue()));
        return sb.toString();
    }

    private Tally tally(String name) {
        return tallies.computeIfAbsent(name, x -> new Tally());
    }

    /** Mean and sample standard deviation of a figure over the splits. */
    private static final class Tally {
        private double sum;
        private double sumSq;
        private int n;

        void add(double v) {
            sum += v;
            sumSq += v * v;
            n++;
        }

        double mean() {
            return sum / n;
        }

        double sd() {
            return n < 2 ? 0 : Math.sqrt(Math.max(0, (sumSq - sum * sum / n) / (n - 1)));
        }
    }
}
