package io.heed.ctr.fm;

import io.heed.ctr.CtrFamily;
import io.heed.ctr.Predictor;
import java.io.DataInputStream;
import java.io.IOException;

/** Registers {@link FmModel} with the artifact files (META-INF/services/io.heed.ctr.CtrFamily). */
public final class FmFamily implements CtrFamily {
    @Override
    public String algorithm() {
        return FmModel.ALGORITHM;
    }

    @Override
    public Predictor read(DataInputStream in) throws IOException {
        return FmModel.read(in);
    }
}
