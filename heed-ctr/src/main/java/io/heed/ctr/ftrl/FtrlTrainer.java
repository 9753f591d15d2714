package io.heed.ctr.ftrl;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Predictor;
import java.util.Objects;

/** Trains FTRL-Proximal logistic regression by passing over the rows in their (time) order, {@code epochs} times. */
public final class FtrlTrainer implements CtrTrainer {
    private final FtrlConfig config;

    public FtrlTrainer(FtrlConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String algorithm() {
        return FtrlModel.ALGORITHM;
    }

    @Override
    public Predictor fit(CtrExamples train, int bits) {
        FtrlLearner learner = new FtrlLearner(config, bits);
        for (int e = 0; e < config.epochs(); e++) {
            for (int r = 0; r < train.size(); r++) {
                learner.update(train, r);
            }
        }
        return learner.snapshot();
    }
}
