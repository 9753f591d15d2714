package io.heed.ctr.lr;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Predictor;
import io.heed.ctr.features.FeatureHasher;
import io.heed.ctr.features.FeaturePipeline;
import java.util.Arrays;
import java.util.Objects;

/**
 * Fits L2-regularised logistic regression on all training rows at once (Newton-CG). The slots the rows use are
 * renumbered densely first, so the solver's vectors are as long as the features seen, not 2^bits; the bias slot is
 * not penalised (like scikit-learn's intercept). Needs both classes among the rows: with one class the unpenalised
 * bias has no finite optimum.
 */
public final class LrTrainer implements CtrTrainer {
    private final LrConfig config;

    public LrTrainer(LrConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String algorithm() {
        return LrModel.ALGORITHM;
    }

    @Override
    public Predictor fit(CtrExamples train, int bits) {
        checkClasses(train);
        int[] column = new int[1 << bits];
        Arrays.fill(column, -1);
        int[] slotOf = new int[Math.min(1 << bits, train.indices().length + 1)];
        int dim = 0;
        int[] cols = new int[train.end(train.size() - 1)];
        for (int p = 0; p < cols.length; p++) {
            int slot = train.indices()[p];
            if (column[slot] < 0) {
                column[slot] = dim;
                slotOf[dim++] = slot;
            }
            cols[p] = column[slot];
        }
        int[] starts = new int[train.size() + 1];
        for (int r = 0; r < train.size(); r++) {
            starts[r + 1] = train.end(r);
        }
        LogisticObjective f = new LogisticObjective(
                starts,
                cols,
                train.values(),
                train.labels(),
                dim,
                config.l2(),
                column[FeatureHasher.slot(FeaturePipeline.BIAS, bits)]);
        NewtonCg.Outcome o = NewtonCg.minimise(f, config.maxIterations(), config.tolerance());
        float[] w = new float[1 << bits];
        for (int j = 0; j < dim; j++) {
            w[slotOf[j]] = (float) o.w()[j];
        }
        return new LrModel(config, bits, w, o.iterations());
    }

    private static void checkClasses(CtrExamples train) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("batch-lr: no training rows");
        }
        long positives = Math.round(train.positiveRate() * train.size());
        if (positives == 0 || positives == train.size()) {
            throw new IllegalArgumentException(
                    "batch-lr needs both clicks and non-clicks among the training rows, found " + positives
                            + " clicks in " + train.size() + " rows");
        }
    }
}
