package io.heed.ctr.gbdt;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Predictor;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Trains boosted trees with XGBoost4J (native library loaded from its jar). */
public final class GbdtTrainer implements CtrTrainer {
    private final GbdtConfig config;

    public GbdtTrainer(GbdtConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String algorithm() {
        return GbdtModel.ALGORITHM;
    }

    @Override
    public Predictor fit(CtrExamples train, int bits) {
        DMatrix m = null;
        try {
            Columns cols = Columns.of(train);
            m = Matrices.of(train, cols, true);
            Booster b = XGBoost.train(m, config.xgboostParams(), config.rounds(), Map.of(), null, null);
            return new GbdtModel(config, bits, cols, b.toByteArray("ubj"));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (m != null) {
                m.dispose();
            }
        }
    }
}
