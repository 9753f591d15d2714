package io.heed.recsys.cf;

import io.heed.core.Permutations;
import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Trains {@link EmbeddingModel}: every epoch visits the training interactions in a seeded random order; for a
 * positive (u, i) the attention reads u's recent items without i (so the target never leaks into its own input),
 * then i (label 1) and {@code negatives} uniformly sampled unseen trained items (label 0) take a binary
 * cross-entropy gradient. Gradients are summed over mini-batches of {@value #BATCH} positives, then lazy Adam
 * (Kingma and Ba 2015) updates only the rows the batch touched, with L2 on those rows. Mini-batches matter: with
 * one example per Adam step every touch of a popular item is a full-size step and training stays noisy.
 */
public final class EmbeddingTrainer implements RecTrainer {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;
    static final int BATCH = 128;
    private final EmbeddingConfig config;

    public EmbeddingTrainer(EmbeddingConfig config) {
        this.config = config;
    }

    @Override
    public String algorithm() {
        return EmbeddingModel.ALGORITHM;
    }

    @Override
    public EmbeddingModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        return new Run(data).train(dataDescription);
    }

    /** The parameters and Adam moments of one fit. */
    private final class Run {
        final Interactions data;
        final int d = config.dim();
        final float[][] params;
        final float[][] m;
        final float[][] v;
        final float[][] grad;
        final int[] rowLen;
        final int[][] touched;
        final int[] nTouched;
        final boolean[][] marked;
        long step;

        Run(Interactions data) {
            this.data = data;
            Random init = new Random(config.seed());
            int nu = data.numUsers();
            int ni = data.numItems();
            params = new float[][] {
                gauss(init, nu * d), gauss(init, ni * d), gauss(init, ni * d), new float[ni], gauss(init, d)
            };
            m = new float[params.length][];
            v = new float[params.length][];
            grad = new float[params.length][];
            rowLen = new int[] {d, d, d, 1, d};
            touched = new int[params.length][];
            nTouched = new int[params.length];
            marked = new boolean[params.length][];
            int maxRows = BATCH * (config.historyLength() + config.negatives() + 2);
            for (int k = 0; k < params.length; k++) {
                m[k] = new float[params[k].length];
                v[k] = new float[params[k].length];
                grad[k] = new float[params[k].length];
                int rows = params[k].length / rowLen[k];
                marked[k] = new boolean[rows];
                touched[k] = new int[Math.min(rows, maxRows)];
            }
        }

        EmbeddingModel train(String dataDescription) {
            int l = config.historyLength();
            int nu = data.numUsers();
            int[][] recent = new int[nu][];
            for (int u = 0; u < nu; u++) {
                recent[u] = RecentItems.of(data, u, l + 1, -1);
            }
            int[] userOf = new int[data.nnz()];
            for (int u = 0; u < nu; u++) {
                Arrays.fill(userOf, data.rowStart(u), data.rowEnd(u), u);
            }
            int[] trained = Arrays.stream(data.itemIndices()).distinct().toArray();
            int[] order = new int[data.nnz()];
            for (int p = 0; p < order.length; p++) {
                order[p] = p;
            }
            SplittableRandom rnd = new SplittableRandom(config.seed());
            int[] hist = new int[l];
            float[] alpha = new float[l];
            float[] c = new float[d];
            float[] h = new float[d];
            float[] dh = new float[d];
            float[] g = new float[d];
            float[] gradX = new float[l * d];
            float[] gradA = new float[d];
            int[] idx = data.itemIndices();
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                Permutations.shuffle(order, rnd);
                for (int q = 0; q < order.length; q++) {
                    int p = order[q];
                    int u = userOf[p];
                    int i = idx[p];
                    int n = 0;
                    for (int item : recent[u]) {
                        if (item != i && n < l) {
                            hist[n++] = item;
                        }
                    }
                    example(u, i, hist, n, alpha, c, h, dh, g, gradX, gradA, trained, rnd);
                    if ((q + 1) % BATCH == 0 || q == order.length - 1) {
                        applyAdam();
                    }
                }
            }
            float[][] w = params;
            return new EmbeddingModel(
                    data,
                    ModelFiles.provenance(algorithm(), dataDescription, config.seed(), config.params()),
                    d,
                    l,
                    w[0],
                    w[1],
                    w[2],
                    w[3],
                    w[4]);
        }

        private void example(
                int u,
                int i,
                int[] hist,
                int n,
                float[] alpha,
                float[] c,
                float[] h,
                float[] dh,
                float[] g,
                float[] gradX,
                float[] gradA,
                int[] trained,
                SplittableRandom rnd) {
            float[] userEmb = params[0];
            float[] inputEmb = params[1];
            float[] outputEmb = params[2];
            float[] bias = params[3];
            float[] att = params[4];
            AttentionLayer.forward(hist, n, inputEmb, att, d, alpha, c);
            for (int f = 0; f < d; f++) {
                h[f] = userEmb[u * d + f] + c[f];
            }
            Arrays.fill(dh, 0f);
            boolean canSample = data.rowLength(u) < trained.length;
            for (int s = 0; s <= config.negatives(); s++) {
                int item = i;
                float label = 1f;
                if (s > 0) {
                    if (!canSample) {
                        break;
                    }
                    do {
                        item = trained[rnd.nextInt(trained.length)];
                    } while (Arrays.binarySearch(data.itemIndices(), data.rowStart(u), data.rowEnd(u), item) >= 0);
                    label = 0f;
                }
                int qo = item * d;
                float z = bias[item] + Vec.dot(h, 0, outputEmb, qo, d);
                float err = (float) (1.0 / (1.0 + Math.exp(-z))) - label; // dBCE/dz
                for (int f = 0; f < d; f++) {
                    dh[f] += err * outputEmb[qo + f];
                    g[f] = err * h[f];
                }
                accumulate(2, item, g);
                g[0] = err;
                accumulate(3, item, g);
            }
            for (int f = 0; f < d; f++) {
                g[f] = dh[f];
            }
            Arrays.fill(gradA, 0f);
            AttentionLayer.backward(hist, n, inputEmb, att, d, alpha, dh, gradX, gradA);
            accumulate(0, u, g);
            for (int j = 0; j < n; j++) {
                System.arraycopy(gradX, j * d, g, 0, d);
                accumulate(1, hist[j], g);
            }
            accumulate(4, 0, gradA);
        }

        private void accumulate(int k, int row, float[] g) {
            int len = rowLen[k];
            if (!marked[k][row]) {
                marked[k][row] = true;
                touched[k][nTouched[k]++] = row;
            }
            float[] gk = grad[k];
            int off = row * len;
            for (int f = 0; f < len; f++) {
                gk[off + f] += g[f];
            }
        }

        /** One lazy Adam step on every row the batch touched (plus L2 on those rows); clears the gradients. */
        private void applyAdam() {
            step++;
            double bc1 = 1 - Math.pow(BETA1, step);
            double bc2 = 1 - Math.pow(BETA2, step);
            float lr = (float) (config.learningRate() * Math.sqrt(bc2) / bc1);
            float reg = (float) config.regularization();
            for (int k = 0; k < params.length; k++) {
                int len = rowLen[k];
                float[] w = params[k];
                float[] mk = m[k];
                float[] vk = v[k];
                float[] gk = grad[k];
                for (int t = 0; t < nTouched[k]; t++) {
                    int row = touched[k][t];
                    marked[k][row] = false;
                    for (int o = row * len; o < row * len + len; o++) {
                        float gr = gk[o] + reg * w[o];
                        gk[o] = 0f;
                        mk[o] = BETA1 * mk[o] + (1 - BETA1) * gr;
                        vk[o] = BETA2 * vk[o] + (1 - BETA2) * gr * gr;
                        w[o] -= lr * mk[o] / ((float) Math.sqrt(vk[o]) + EPS);
                    }
                }
                nTouched[k] = 0;
            }
        }
    }

    private static float[] gauss(Random rnd, int n) {
        float[] a = new float[n];
        for (int j = 0; j < n; j++) {
            a[j] = (float) (rnd.nextGaussian() * 0.05);
        }
        return a;
    }
}
