package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;
import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * BPR-MF with item biases. Each epoch draws nnz triples: a uniformly random training interaction (u, i) and a
 * uniformly random trained item j the user has not interacted with (rejection sampling by binary search in u's
 * sorted row). Workers share the float factor arrays without locks (Hogwild: collisions are rare and harmless for
 * SGD); each owns a {@link SplittableRandom} derived from the seed. The update loop runs on flat primitive arrays.
 */
public final class BprTrainer implements RecTrainer {
    private final BprConfig config;

    public BprTrainer(BprConfig config) {
        this.config = config;
    }

    @Override
    public String algorithm() {
        return BprModel.ALGORITHM;
    }

    @Override
    public BprModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        int k = config.factors();
        int nu = data.numUsers();
        int ni = data.numItems();
        Random init = new Random(config.seed());
        float[] x = new float[nu * k];
        float[] y = new float[ni * k];
        for (int j = 0; j < x.length; j++) {
            x[j] = (float) (init.nextGaussian() * 0.1);
        }
        for (int j = 0; j < y.length; j++) {
            y[j] = (float) (init.nextGaussian() * 0.1);
        }
        float[] bias = new float[ni];
        int[] userOf = new int[data.nnz()];
        for (int u = 0; u < nu; u++) {
            Arrays.fill(userOf, data.rowStart(u), data.rowEnd(u), u);
        }
        int[] trained = Arrays.stream(data.itemIndices()).distinct().toArray();
        int threads = config.threads();
        Thread[] workers = new Thread[threads];
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 0; t < threads; t++) {
            long samples = (long) data.nnz() * config.epochs() / threads;
            SplittableRandom rnd = new SplittableRandom(config.seed() * 31 + t);
            workers[t] = new Thread(
                    () -> {
                        try {
                            run(data, userOf, trained, x, y, bias, samples, rnd);
                        } catch (RuntimeException e) {
                            failure[0] = e;
                        }
                    },
                    "heed-bpr-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("BPR training interrupted", e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return new BprModel(
                data,
                ModelFiles.provenance(algorithm(), dataDescription, config.seed(), config.params()),
                k,
                x,
                y,
                bias);
    }

    private void run(
            Interactions data,
            int[] userOf,
            int[] trained,
            float[] x,
            float[] y,
            float[] bias,
            long samples,
            SplittableRandom rnd) {
        int k = config.factors();
        float lr = (float) config.learningRate();
        float reg = (float) config.regularization();
        int[] idx = data.itemIndices();
        int nnz = idx.length;
        float[] xu = new float[k];
        for (long s = 0; s < samples; s++) {
            int p = rnd.nextInt(nnz);
            int u = userOf[p];
            if (data.rowLength(u) >= trained.length) {
                continue; // the user has seen every item: no negative exists
            }
            int i = idx[p];
            int j;
            do {
                j = trained[rnd.nextInt(trained.length)];
            } while (Arrays.binarySearch(idx, data.rowStart(u), data.rowEnd(u), j) >= 0);
            int uo = u * k;
            int io = i * k;
            int jo = j * k;
            float z = bias[i] - bias[j];
            for (int f = 0; f < k; f++) {
                z += x[uo + f] * (y[io + f] - y[jo + f]);
            }
            float g = (float) (1.0 / (1.0 + Math.exp(z))); // d/dz log σ(z)
            System.arraycopy(x, uo, xu, 0, k);
            for (int f = 0; f < k; f++) {
                float yi = y[io + f];
                float yj = y[jo + f];
                x[uo + f] += lr * (g * (yi - yj) - reg * xu[f]);
                y[io + f] = yi + lr * (g * xu[f] - reg * yi);
                y[jo + f] = yj + lr * (-g * xu[f] - reg * yj);
            }
            bias[i] += lr * (g - reg * bias[i]);
            bias[j] += lr * (-g - reg * bias[j]);
        }
    }
}
