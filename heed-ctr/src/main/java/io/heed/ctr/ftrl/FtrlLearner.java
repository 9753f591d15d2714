package io.heed.ctr.ftrl;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.calibration.Probabilities;
import io.heed.ctr.features.FeatureVector;

/**
 * The mutable state of FTRL-Proximal (per-slot z and n) learning one example at a time. Not thread-safe: one
 * writer updates it and publishes immutable {@link FtrlModel} snapshots for readers.
 */
public final class FtrlLearner {
    private final FtrlConfig config;
    private final int bits;
    private final double[] z;
    private final double[] n;
    private long updates;

    public FtrlLearner(FtrlConfig config, int bits) {
        this.config = config;
        this.bits = bits;
        this.z = new double[1 << bits];
        this.n = new double[1 << bits];
    }

    /** Learns from one example and returns the probability it predicted before learning. */
    public double update(FeatureVector x, float label) {
        return update(x.index(), x.value(), 0, x.size(), label);
    }

    /** Learns from row {@code r} of {@code data}. */
    public double update(CtrExamples data, int r) {
        return update(data.indices(), data.values(), data.start(r), data.end(r), data.label(r));
    }

    private double update(int[] idx, float[] val, int from, int to, float label) {
        if (label != 0f && label != 1f) {
            throw new IllegalArgumentException("label must be 0 or 1, was " + label);
        }
        int len = to - from;
        double[] w = new double[len];
        double margin = 0;
        for (int k = 0; k < len; k++) {
            w[k] = weight(idx[from + k]);
            margin += w[k] * val[from + k];
        }
        double p = Probabilities.sigmoid(margin);
        double g = p - label;
        for (int k = 0; k < len; k++) {
            int i = idx[from + k];
            double gi = g * val[from + k];
            double sigma = (Math.sqrt(n[i] + gi * gi) - Math.sqrt(n[i])) / config.alpha();
            z[i] += gi - sigma * w[k];
            n[i] += gi * gi;
        }
        updates++;
        return p;
    }

    private double weight(int i) {
        double zi = z[i];
        if (Math.abs(zi) <= config.l1()) {
            return 0;
        }
        return -(zi - Math.signum(zi) * config.l1())
                / ((config.beta() + Math.sqrt(n[i])) / config.alpha() + config.l2());
    }

    public long updates() {
        return updates;
    }

    /** An immutable copy of the current weights. */
    public FtrlModel snapshot() {
        float[] w = new float[z.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) weight(i);
        }
        return new FtrlModel(config, bits, w);
    }
}
