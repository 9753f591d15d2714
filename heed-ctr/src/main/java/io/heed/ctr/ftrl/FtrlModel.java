package io.heed.ctr.ftrl;

import io.heed.core.artifact.ArrayIo;
import io.heed.ctr.ConfigBlocks;
import io.heed.ctr.LinearPredictor;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/** Logistic regression weights learned by FTRL-Proximal: margin = Σ w[slot] · value. Immutable. */
public final class FtrlModel extends LinearPredictor {
    public static final String ALGORITHM = "ftrl-lr";

    private final FtrlConfig config;
    private final int bits;

    FtrlModel(FtrlConfig config, int bits, float[] w) {
        super(w);
        this.config = config;
        this.bits = bits;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public Map<String, String> params() {
        return ConfigBlocks.params(config, bits);
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ConfigBlocks.write(out, config, bits);
        ArrayIo.writeFloats(out, weights());
    }

    public static FtrlModel read(DataInputStream in) throws IOException {
        FtrlConfig c = ConfigBlocks.read(in, FtrlConfig.class);
        int bits = ConfigBlocks.readBits(in);
        float[] w = readWeights(in, bits, "FTRL");
        return new FtrlModel(c, bits, w);
    }
}
