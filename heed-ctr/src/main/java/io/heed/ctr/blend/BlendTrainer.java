package io.heed.ctr.blend;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Predictor;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits two or more model families on the same rows and averages their log-odds with equal weights: a model
 * with fewer parameters than choosing one weight per family, so it adds no selection noise of its own. Useful
 * where the families err differently (a linear model and shallow trees on OBD, see BENCHMARKS.md).
 */
public final class BlendTrainer implements CtrTrainer {
    private final List<CtrTrainer> components;

    public BlendTrainer(List<CtrTrainer> components) {
        if (components.size() < 2) {
            throw new IllegalArgumentException("a blend needs at least two components, got " + components.size());
        }
        this.components = List.copyOf(components);
    }

    @Override
    public String algorithm() {
        return BlendModel.ALGORITHM;
    }

    @Override
    public Predictor fit(CtrExamples train, int bits) {
        List<Predictor> fitted = new ArrayList<>();
        for (CtrTrainer t : components) {
            fitted.add(t.fit(train, bits));
        }
        return new BlendModel(fitted);
    }
}
