package io.heed.ctr.fm;

import io.heed.core.artifact.ArrayIo;
import io.heed.ctr.ConfigBlocks;
import io.heed.ctr.Predictor;
import io.heed.ctr.features.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;

/**
 * A factorization machine on hashed slots: margin = Σ wᵢxᵢ + ½ Σ_f [(Σ v_{if}xᵢ)² − Σ v_{if}²xᵢ²] (Rendle's
 * O(kn) form). Each feature's contribution is its linear term plus half of every pairwise term it takes part in,
 * so contributions sum to the margin. Immutable.
 */
public final class FmModel implements Predictor {
    public static final String ALGORITHM = "fm";

    private final FmConfig config;
    private final int bits;
    private final float[] w;
    private final float[] v;

    FmModel(FmConfig config, int bits, float[] w, float[] v) {
        this.config = config;
        this.bits = bits;
        this.w = w;
        this.v = v;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public double margin(FeatureVector x) {
        return margin(w, v, config.factors(), x.index(), x.value(), 0, x.size(), new double[config.factors()]);
    }

    /** The FM margin of one row; {@code sums} (length k) receives Σ v_{if}xᵢ per factor. */
    static double margin(float[] w, float[] v, int k, int[] idx, float[] val, int from, int to, double[] sums) {
        double m = 0;
        java.util.Arrays.fill(sums, 0);
        double sq = 0;
        for (int p = from; p < to; p++) {
            int i = idx[p];
            double x = val[p];
            m += w[i] * x;
            int o = i * k;
            for (int f = 0; f < k; f++) {
                double t = v[o + f] * x;
                sums[f] += t;
                sq += t * t;
            }
        }
        double pair = 0;
        for (int f = 0; f < k; f++) {
            pair += sums[f] * sums[f];
        }
        return m + 0.5 * (pair - sq);
    }

    @Override
    public double[] contributions(FeatureVector x) {
        int k = config.factors();
        double[] sums = new double[k];
        margin(w, v, k, x.index(), x.value(), 0, x.size(), sums);
        double[] c = new double[x.size()];
        for (int p = 0; p < c.length; p++) {
            int i = x.index()[p];
            double xi = x.value()[p];
            double share = 0;
            for (int f = 0; f < k; f++) {
                double t = v[i * k + f] * xi;
                share += t * (sums[f] - t);
            }
            c[p] = w[i] * xi + 0.5 * share;
        }
        return c;
    }

    @Override
    public Map<String, String> params() {
        return ConfigBlocks.params(config, bits);
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ConfigBlocks.write(out, config, bits);
        ArrayIo.writeFloats(out, w);
        ArrayIo.writeFloats(out, v);
    }

    public static FmModel read(DataInputStream in) throws IOException {
        FmConfig c = ConfigBlocks.read(in, FmConfig.class);
        int bits = ConfigBlocks.readBits(in);
        float[] w = ArrayIo.readFloats(in);
        float[] v = ArrayIo.readFloats(in);
        if (w.length != 1 << bits || v.length != (long) w.length * c.factors()) {
            throw new IOException("FM payload sizes " + w.length + "/" + v.length + " do not match 2^" + bits
                    + " slots × " + c.factors() + " factors");
        }
        return new FmModel(c, bits, w, v);
    }
}
