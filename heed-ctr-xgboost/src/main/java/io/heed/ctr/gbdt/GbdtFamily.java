package io.heed.ctr.gbdt;

import io.heed.ctr.CtrFamily;
import io.heed.ctr.Predictor;
import java.io.DataInputStream;
import java.io.IOException;

/** Registers {@link GbdtModel} with the artifact files (META-INF/services/io.heed.ctr.CtrFamily). */
public final class GbdtFamily implements CtrFamily {
    @Override
    public String algorithm() {
        return GbdtModel.ALGORITHM;
    }

    @Override
    public Predictor read(DataInputStream in) throws IOException {
        return GbdtModel.read(in);
    }
}
