package io.heed.recsys.eval;

import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.cf.EnsembleModel;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Chooses an ensemble's weights on a validation split: fits every component once on the validation training
 * part, caches each component's standardised scores for the validation users, and scores every point of the
 * weight simplex on a grid of {@code 1/steps} by validation NDCG@10 (ties keep the earlier point, i.e. more
 * weight on the first components). Test data is never seen.
 */
public final class BlendWeights {
    private BlendWeights() {}

    /** The chosen weights (summing to 1) and their validation NDCG@10. */
    public record Choice(double[] weights, double validationNdcg10) {}

    public static Choice choose(List<RecTrainer> parts, HoldoutSplit validation, int steps) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no ensemble components to weigh");
        }
        if (steps < 1 || steps > 100) {
            throw new IllegalArgumentException("steps must be in [1, 100], got " + steps);
        }
        Interactions train = validation.train();
        int ni = train.numItems();
        float[][][] cached = new float[parts.size()][][];
        for (int p = 0; p < parts.size(); p++) {
            RecModel m = parts.get(p).fit(train, "validation split (ensemble weights)");
            cached[p] = new float[train.numUsers()][];
            for (int u = 0; u < train.numUsers(); u++) {
                if (validation.test().rowLength(u) > 0) {
                    float[] s = new float[ni];
                    m.scoreUser(u, s);
                    EnsembleModel.standardise(s, ni);
                    cached[p][u] = s;
                }
            }
        }
        List<int[]> grid = new ArrayList<>();
        simplex(new int[parts.size()], 0, steps, grid);
        double[] best = null;
        double bestNdcg = -1;
        for (int[] point : grid) {
            double[] w = new double[point.length];
            for (int p = 0; p < w.length; p++) {
                w[p] = point[p] / (double) steps;
            }
            double ndcg = Evaluator.evaluate(new CachedBlend(train, cached, w), validation)
                    .ndcg10();
            if (ndcg > bestNdcg + 1e-12) {
                bestNdcg = ndcg;
                best = w;
            }
        }
        return new Choice(best, bestNdcg);
    }

    /** Every vector of non-negative integers summing to {@code left}, first components varying slowest. */
    private static void simplex(int[] point, int at, int left, List<int[]> out) {
        if (at == point.length - 1) {
            point[at] = left;
            out.add(point.clone());
            return;
        }
        for (int v = left; v >= 0; v--) {
            point[at] = v;
            simplex(point, at + 1, left - v, out);
        }
    }

    /** The weighted sum of cached standardised scores: a search-time view, never saved. */
    private static final class CachedBlend extends RecModel {
        private final float[][][] cached;
        private final double[] w;

        CachedBlend(Interactions train, float[][][] cached, double[] w) {
            super(train, ModelFiles.provenance(EnsembleModel.ALGORITHM, "validation", 0, Map.of()));
            this.cached = cached;
            this.w = w;
        }

        @Override
        public void scoreUser(int user, float[] out) {
            Arrays.fill(out, 0f);
            for (int p = 0; p < cached.length; p++) {
                if (w[p] == 0) {
                    continue;
                }
                float[] s = cached[p][user];
                float wp = (float) w[p];
                for (int i = 0; i < out.length; i++) {
                    out[i] += wp * s[i];
                }
            }
        }

        @Override
        public RecModel withProvenance(ModelProvenance provenance) {
            return this;
        }

        @Override
        protected void writePayload(DataOutputStream out) {
            throw new UnsupportedOperationException("a weight-search view is not saved; save the EnsembleModel");
        }
    }
}
