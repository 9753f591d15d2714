package io.heed.ctr.lr;

import io.heed.ctr.CtrFamily;
import io.heed.ctr.Predictor;
import java.io.DataInputStream;
import java.io.IOException;

/** Registers {@link LrModel} with the artifact files (META-INF/services/io.heed.ctr.CtrFamily). */
public final class LrFamily implements CtrFamily {
    @Override
    public String algorithm() {
        return LrModel.ALGORITHM;
    }

    @Override
    public Predictor read(DataInputStream in) throws IOException {
        return LrModel.read(in);
    }
}
