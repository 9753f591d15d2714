package io.heed.ctr.blend;

import io.heed.ctr.CtrFamily;
import io.heed.ctr.Predictor;
import java.io.DataInputStream;
import java.io.IOException;

/** Registers {@link BlendModel} with the artifact files (META-INF/services/io.heed.ctr.CtrFamily). */
public final class BlendFamily implements CtrFamily {
    @Override
    public String algorithm() {
        return BlendModel.ALGORITHM;
    }

    @Override
    public Predictor read(DataInputStream in) throws IOException {
        return BlendModel.read(in);
    }
}
