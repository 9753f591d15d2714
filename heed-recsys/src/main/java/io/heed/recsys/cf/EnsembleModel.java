package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A weighted sum of component models' per-user standardised scores (z-scores over the items a component can
 * score), so models with different score scales (EASE weights, factor dot products, kNN similarity sums) mix by
 * weight alone. An item any positively weighted component cannot score gets −∞. Folds in any history that every
 * component can fold in.
 */
public final class EnsembleModel extends RecModel {
    public static final String ALGORITHM = "ensemble";
    private final List<RecModel> parts;
    private final float[] weights;

    EnsembleModel(Interactions training, ModelProvenance provenance, List<RecModel> parts, float[] weights) {
        super(training, provenance);
        if (parts.isEmpty() || parts.size() != weights.length) {
            throw new IllegalArgumentException("ensemble needs one weight per component, got " + parts.size()
                    + " components and " + weights.length + " weights");
        }
        for (RecModel p : parts) {
            if (p.items().size() != training.numItems()) {
                throw new IllegalArgumentException(
                        "ensemble component " + p.algorithm() + " was trained on another item space");
            }
        }
        this.parts = List.copyOf(parts);
        this.weights = weights.clone();
    }

    /** The components, in weight order. */
    public List<RecModel> parts() {
        return parts;
    }

    public float[] weights() {
        return weights.clone();
    }

    @Override
    public void scoreUser(int user, float[] out) {
        combine(out, (part, scores) -> part.scoreUser(user, scores));
    }

    @Override
    public void scoreHistory(int[] items, float[] itemWeights, float[] out) {
        combine(out, (part, scores) -> part.scoreHistory(items, itemWeights, scores));
    }

    private interface PartScorer {
        void score(RecModel part, float[] scores);
    }

    private void combine(float[] out, PartScorer scorer) {
        int n = training().numItems();
        float[] scores = new float[n];
        Arrays.fill(out, 0, n, 0f);
        for (int p = 0; p < parts.size(); p++) {
            if (weights[p] == 0f) {
                continue;
            }
            scorer.score(parts.get(p), scores);
            standardise(scores, n);
            for (int i = 0; i < n; i++) {
                out[i] += weights[p] * scores[i];
            }
        }
    }

    /**
     * Rewrites {@code s[0, n)} as z-scores over its finite entries (−∞ stays −∞; a constant vector becomes 0), so
     * that a component's weight, not its score scale, sets its influence.
     */
    public static void standardise(float[] s, int n) {
        double sum = 0;
        double sq = 0;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (Float.isFinite(s[i])) {
                sum += s[i];
                sq += (double) s[i] * s[i];
                m++;
            }
        }
        double mean = m == 0 ? 0 : sum / m;
        double var = m == 0 ? 0 : sq / m - mean * mean;
        double inv = var > 1e-24 ? 1 / Math.sqrt(var) : 0;
        for (int i = 0; i < n; i++) {
            s[i] = Float.isFinite(s[i]) ? (float) ((s[i] - mean) * inv) : Float.NEGATIVE_INFINITY;
        }
    }

    @Override
    public EnsembleModel withProvenance(ModelProvenance provenance) {
        return new EnsembleModel(training(), provenance, parts, weights);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        ArrayIo.writeFloats(out, weights);
        for (RecModel p : parts) {
            ModelFiles.writeComponent(out, p);
        }
    }

    public static EnsembleModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        float[] w = ArrayIo.readFloats(in);
        List<RecModel> parts = new ArrayList<>();
        for (int k = 0; k < w.length; k++) {
            parts.add(ModelFiles.readComponent(in, training, RecModelReaders.ALL));
        }
        return new EnsembleModel(training, p, parts, w);
    }
}
