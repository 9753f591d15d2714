package io.heed.models.ctr.ftrl;

import io.heed.models.ModelFiles;
import io.heed.models.ctr.ConfigBlocks;
import io.heed.models.ctr.Predictor;
import io.heed.models.ctr.features.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/** Logistic regression weights learned by FTRL-Proximal: margin = Σ w[slot] · value. Immutable. */
public final class FtrlModel implements Predictor {
    public static final String ALGORITHM = "ftrl-lr";

    private final FtrlConfig config;
    private final int bits;
    private final float[] w;

    FtrlModel(FtrlConfig config, int bits, float[] w) {
        this.config = config;
        this.bits = bits;
        this.w = w;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public double margin(FeatureVector x) {
        double m = 0;
        int[] idx = x.index();
        float[] val = x.value();
        for (int k = 0; k < idx.length; k++) {
            m += w[idx[k]] * val[k];
        }
        return m;
    }

    @Override
    public double[] contributions(FeatureVector x) {
        double[] c = new double[x.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = w[x.index()[k]] * x.value()[k];
        }
        return c;
    }

    /** Slots with a non-zero weight (L1 makes most of them zero). */
    public int nonZero() {
        int nz = 0;
        for (float v : w) {
            nz += v != 0f ? 1 : 0;
        }
        return nz;
    }

    @Override
    public Map<String, String> params() {
        return ConfigBlocks.params(config, bits);
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ConfigBlocks.write(out, config, bits);
        ModelFiles.writeFloats(out, w);
    }

    public static FtrlModel read(DataInputStream in) throws IOException {
        FtrlConfig c = ConfigBlocks.read(in, FtrlConfig.class);
        int bits = ConfigBlocks.readBits(in);
        float[] w = ModelFiles.readFloats(in);
        if (w.length != 1 << bits) {
            throw new IOException("FTRL payload holds " + w.length + " weights, expected 2^" + bits);
        }
        return new FtrlModel(c, bits, w);
    }
}
