package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits every component on the same data and combines them with fixed weights ({@link EnsembleModel}). The weights
 * are an input: {@code io.heed.recsys.eval.BlendWeights} chooses them on a validation split, never on test.
 */
public final class EnsembleTrainer implements RecTrainer {
    private final List<RecTrainer> parts;
    private final double[] weights;

    /** @param weights one finite, non-negative weight per component, at least one positive */
    public EnsembleTrainer(List<RecTrainer> parts, double[] weights) {
        if (parts.isEmpty() || parts.size() != weights.length) {
            throw new IllegalArgumentException("ensemble needs one weight per component, got " + parts.size()
                    + " components and " + weights.length + " weights");
        }
        double total = 0;
        for (int p = 0; p < weights.length; p++) {
            Checks.nonNegative("ensemble weight of " + parts.get(p).algorithm(), weights[p]);
            total += weights[p];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("ensemble weights must not all be 0");
        }
        this.parts = List.copyOf(parts);
        this.weights = weights.clone();
    }

    @Override
    public String algorithm() {
        return EnsembleModel.ALGORITHM;
    }

    @Override
    public EnsembleModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        List<RecModel> models = new ArrayList<>();
        List<Float> kept = new ArrayList<>();
        Map<String, String> params = new TreeMap<>();
        for (int p = 0; p < parts.size(); p++) {
            params.put("weight." + p + "." + parts.get(p).algorithm(), Double.toString(weights[p]));
            if (weights[p] > 0) { // a zero-weight component would cost training time and never change a score
                models.add(parts.get(p).fit(data, dataDescription));
                kept.add((float) weights[p]);
            }
        }
        float[] w = new float[kept.size()];
        for (int p = 0; p < w.length; p++) {
            w[p] = kept.get(p);
        }
        return new EnsembleModel(data, ModelFiles.provenance(algorithm(), dataDescription, 0, params), models, w);
    }
}
