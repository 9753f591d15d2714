package io.heed.ctr.fm;

import io.heed.core.Permutations;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Predictor;
import io.heed.ctr.calibration.Probabilities;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains a factorization machine with per-coordinate Adagrad on the log loss, one row at a time, rows shuffled
 * every epoch (seeded). Regularisation is applied lazily: only to the slots a row touches. With early stopping
 * the epoch count is chosen on the latest rows first, then the model is retrained on all rows.
 */
public final class FmTrainer implements CtrTrainer {
    private final FmConfig config;

    public FmTrainer(FmConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public String algorithm() {
        return FmModel.ALGORITHM;
    }

    @Override
    public Predictor fit(CtrExamples train, int bits) {
        int epochs = config.epochs();
        if (config.earlyStopShare() > 0) {
            int cut = (int) Math.round(train.size() * (1 - config.earlyStopShare()));
            epochs = bestEpochs(train.range(0, cut), train.range(cut, train.size()), bits);
        }
        FmConfig c = config.withEpochs(epochs);
        State st = new State(c, bits);
        for (int e = 0; e < epochs; e++) {
            st.epoch(train);
        }
        return new FmModel(c, bits, st.w, st.v);
    }

    /** Trains on {@code fit} and returns the epoch count with the lowest log loss on {@code held}. */
    private int bestEpochs(CtrExamples fit, CtrExamples held, int bits) {
        State st = new State(config, bits);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 1;
        for (int e = 1; e <= config.epochs(); e++) {
            st.epoch(fit);
            double loss = 0;
            double[] sums = new double[config.factors()];
            for (int r = 0; r < held.size(); r++) {
                double p = Probabilities.sigmoid(FmModel.margin(
                        st.w, st.v, config.factors(), held.indices(), held.values(), held.start(r), held.end(r), sums));
                loss -= held.label(r) > 0.5f ? Math.log(p) : Math.log(1 - p);
            }
            if (loss < best) {
                best = loss;
                bestEpoch = e;
            } else if (e - bestEpoch >= 2) {
                break;
            }
        }
        return bestEpoch;
    }

    /** Weights, Adagrad accumulators and the shuffling stream of one training run. */
    private static final class State {
        private final FmConfig c;
        private final SplittableRandom rnd;
        private final float[] w;
        private final float[] v;
        private final float[] gw;
        private final float[] gv;
        private final double[] sums;

        State(FmConfig c, int bits) {
            int k = c.factors();
            int dim = 1 << bits;
            if ((long) dim * k > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("2^" + bits + " slots × " + k + " factors do not fit one array");
            }
            this.c = c;
            this.rnd = new SplittableRandom(c.seed());
            this.w = new float[dim];
            this.v = new float[dim * k];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (rnd.nextGaussian() * c.initStd());
            }
            this.gw = new float[dim];
            this.gv = new float[dim * k];
            this.sums = new double[k];
        }

        void epoch(CtrExamples train) {
            int k = c.factors();
            int[] order = new int[train.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Permutations.shuffle(order, rnd);
            int[] idx = train.indices();
            float[] val = train.values();
            double lr = c.learningRate();
            for (int r : order) {
                int from = train.start(r);
                int to = train.end(r);
                double m = FmModel.margin(w, v, k, idx, val, from, to, sums);
                double g = Probabilities.sigmoid(m) - train.label(r);
                for (int p = from; p < to; p++) {
                    int i = idx[p];
                    double x = val[p];
                    double dw = g * x + c.l2Linear() * w[i];
                    gw[i] += (float) (dw * dw);
                    w[i] -= (float) (lr * dw / Math.sqrt(gw[i] + 1e-8));
                    int o = i * k;
                    for (int f = 0; f < k; f++) {
                        double vf = v[o + f];
                        double dv = g * x * (sums[f] - vf * x) + c.l2Factors() * vf;
                        gv[o + f] += (float) (dv * dv);
                        v[o + f] -= (float) (lr * dv / Math.sqrt(gv[o + f] + 1e-8));
                    }
                }
            }
        }
    }
}
