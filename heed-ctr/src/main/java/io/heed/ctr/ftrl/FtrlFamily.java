package io.heed.ctr.ftrl;

import io.heed.ctr.CtrFamily;
import io.heed.ctr.Predictor;
import java.io.DataInputStream;
import java.io.IOException;

/** Registers {@link FtrlModel} with the artifact files (META-INF/services/io.heed.ctr.CtrFamily). */
public final class FtrlFamily implements CtrFamily {
    @Override
    public String algorithm() {
        return FtrlModel.ALGORITHM;
    }

    @Override
    public Predictor read(DataInputStream in) throws IOException {
        return FtrlModel.read(in);
    }
}
