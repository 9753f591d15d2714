package io.heed.ctr;

import io.heed.core.artifact.ArrayIo;
import io.heed.ctr.features.FeatureVector;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A logistic regression's serving side, shared by every family that learns one weight per hashed slot (FTRL,
 * batch L2): margin = Σ w[slot] · value, and each feature's contribution is its weight × value.
 */
public abstract class LinearPredictor implements Predictor {
    private final float[] w;

    protected LinearPredictor(float[] w) {
        this.w = w;
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

    /** The weight of one slot. */
    public float weight(int slot) {
        return w[slot];
    }

    /**
     * Reads a weights array written by a subclass's payload writer with {@code ArrayIo.writeFloats}, checking it holds
     * one weight per hashed slot ({@code 2^bits}); {@code family} names the model in the error.
     */
    protected static float[] readWeights(DataInputStream in, int bits, String family) throws IOException {
        float[] w = ArrayIo.readFloats(in);
        if (w.length != 1 << bits) {
            throw new IOException(family + " payload holds " + w.length + " weights, expected 2^" + bits);
        }
        return w;
    }

    /** The weights array, for payload writers of subclasses (read only). */
    protected float[] weights() {
        return w;
    }
}
