package io.heed.profiles.cluster;

import java.util.SplittableRandom;

/** Test data: well-separated Gaussian blobs with known labels. */
final class Blobs {
    final double[] x;
    final int[] truth;
    final int n;
    final int d;

    private Blobs(double[] x, int[] truth, int n, int d) {
        this.x = x;
        this.truth = truth;
        this.n = n;
        this.d = d;
    }

    /** {@code k} blobs of {@code perBlob} rows in {@code d} dims, centres 20 apart, unit noise. */
    static Blobs of(int k, int perBlob, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[k][d];
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < d; t++) {
                centres[j][t] = r.nextDouble(-100, 100);
            }
            centres[j][j % d] += 40 * j; // keep every pair far apart
        }
        int n = k * perBlob;
        double[] x = new double[n * d];
        int[] truth = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i % k;
            truth[i] = j;
            for (int t = 0; t < d; t++) {
                x[i * d + t] = centres[j][t] + gaussian(r);
            }
        }
        return new Blobs(x, truth, n, d);
    }

    static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
