package io.heed.ctr.lr;

import io.heed.core.artifact.ArrayIo;
import io.heed.ctr.ConfigBlocks;
import io.heed.ctr.LinearPredictor;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/** Logistic regression weights fitted by full-batch Newton-CG: margin = Σ w[slot] · value. Immutable. */
public final class LrModel extends LinearPredictor {
    public static final String ALGORITHM = "batch-lr";

    private final LrConfig config;
    private final int bits;
    private final int iterations;

    LrModel(LrConfig config, int bits, float[] w, int iterations) {
        super(w);
        this.config = config;
        this.bits = bits;
        this.iterations = iterations;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    /** Newton steps the fit took (0 for a loaded model: not stored). */
    public int iterations() {
        return iterations;
    }

    @Override
    public Map<String, String> params() {
        Map<String, String> p = new TreeMap<>(ConfigBlocks.params(config, bits));
        p.put("newtonIterations", Integer.toString(iterations));
        return p;
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ConfigBlocks.write(out, config, bits);
        ArrayIo.writeFloats(out, weights());
    }

    public static LrModel read(DataInputStream in) throws IOException {
        LrConfig c = ConfigBlocks.read(in, LrConfig.class);
        int bits = ConfigBlocks.readBits(in);
        float[] w = readWeights(in, bits, "batch-lr");
        return new LrModel(c, bits, w, 0);
    }
}
