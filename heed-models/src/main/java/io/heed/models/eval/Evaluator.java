package io.heed.models.eval;

import io.heed.models.Interactions;
import io.heed.models.RecModel;
import io.heed.models.TopK;

/**
 * Scores every test user with a model trained on {@code split.train()}: candidates are the items with at least one
 * training interaction, minus the user's own training items; ties break towards the lower item index.
 */
public final class Evaluator {
    private static final int K = 20;

    private Evaluator() {
    }

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
        return new EvalResult(users, r10 / users, n10 / users, m10 / users, rr10 / users, r20 / users,
                nCandidates == 0 ? 0 : nShown / (double) nCandidates);
    }
}
