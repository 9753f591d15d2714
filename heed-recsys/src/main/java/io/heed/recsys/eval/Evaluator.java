package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.TopK;

/**
 * Scores every test user with a model trained on {@code split.train()}: candidates are the items with at least one
 * training interaction, minus the user's own training items; ties break towards the lower item index.
 */
public final class Evaluator {
    private static final int K = 20;

    private Evaluator() {}

    public static EvalResult evaluate(RecModel model, HoldoutSplit split) {
        Interactions train = split.train();
        Interactions test = split.test();
        int ni = train.numItems();
        if (model.items().size() != ni) {
            throw new IllegalArgumentException("model and split have different item spaces");
        }
        boolean[] candidate = new boolean[ni];
        int nCandidates = 0;
        for (int i : train.itemIndices()) {
            if (!candidate[i]) {
                candidate[i] = true;
                nCandidates++;
            }
        }
        double[] share = userShare(train);
        double novelty = 0;
        double arp = 0;
        long recommended = 0;
        boolean[] shown = new boolean[ni];
        float[] scores = new float[ni];
        int[] top = new int[K];
        double r10 = 0;
        double n10 = 0;
        double m10 = 0;
        double rr10 = 0;
        double r20 = 0;
        int users = 0;
        for (int u = 0; u < test.numUsers(); u++) {
            if (test.rowLength(u) == 0) {
                continue;
            }
            int[] truth = test.row(u);
            model.scoreUser(u, scores);
            for (int i = 0; i < ni; i++) {
                if (!candidate[i]) {
                    scores[i] = Float.NEGATIVE_INFINITY;
                }
            }
            int[] idx = train.itemIndices();
            for (int p = train.rowStart(u); p < train.rowEnd(u); p++) {
                scores[idx[p]] = Float.NEGATIVE_INFINITY;
            }
            int n = TopK.select(scores, K, top);
            r10 += RankingMetrics.recall(top, n, truth, 10);
            n10 += RankingMetrics.ndcg(top, n, truth, 10);
            m10 += RankingMetrics.averagePrecision(top, n, truth, 10);
            rr10 += RankingMetrics.reciprocalRank(top, n, truth, 10);
            r20 += RankingMetrics.recall(top, n, truth, 20);
            for (int r = 0; r < Math.min(n, 10); r++) {
                shown[top[r]] = true;
                novelty -= Math.log(share[top[r]]) / Math.log(2);
                arp += share[top[r]];
                recommended++;
            }
            users++;
        }
        int nShown = 0;
        for (boolean b : shown) {
            if (b) {
                nShown++;
            }
        }
        if (users == 0) {
            throw new IllegalArgumentException("the split has no test users");
        }
        return new EvalResult(
                users,
                r10 / users,
                n10 / users,
                m10 / users,
                rr10 / users,
                r20 / users,
                nCandidates == 0 ? 0 : nShown / (double) nCandidates,
                recommended == 0 ? 0 : novelty / recommended,
                recommended == 0 ? 0 : arp / recommended);
    }

    /** Share of training users (with any interaction) who interacted with each item; candidates have one. */
    private static double[] userShare(Interactions train) {
        int[] counts = train.itemCounts();
        int active = 0;
        for (int u = 0; u < train.numUsers(); u++) {
            if (train.rowLength(u) > 0) {
                active++;
            }
        }
        double[] share = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            share[i] = active == 0 ? 0 : counts[i] / (double) active;
        }
        return share;
    }
}
