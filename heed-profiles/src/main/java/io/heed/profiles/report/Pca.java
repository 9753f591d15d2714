package io.heed.profiles.report;

/**
 * The first two principal components of a small dense sample by power iteration with deflation on the
 * covariance matrix (d × d; d is the handful of clustering dimensions, so this is cheap and dependency-free).
 * Deterministic: the start vector is fixed and the sign of each component is set so its largest entry is positive.
 */
public final class Pca {
    private static final int ITERATIONS = 500;

    private Pca() {}

    /** Scores: {@code n × 2} row-major projections of the centred rows onto the first two components. */
    public static double[] project2(double[] x, int n, int d) {
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("PCA needs at least 2 rows and 1 column, got " + n + " x " + d);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double va = x[i * d + a] - mean[a];
                for (int b = a; b < d; b++) {
                    cov[a][b] += va * (x[i * d + b] - mean[b]) / (n - 1);
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                cov[a][b] = cov[b][a];
            }
        }
        double[] pc1 = leading(cov);
        deflate(cov, pc1);
        double[] pc2 = d > 1 ? leading(cov) : new double[d];
        double[] out = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double s1 = 0;
            double s2 = 0;
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j] - mean[j];
                s1 += v * pc1[j];
                s2 += v * pc2[j];
            }
            out[2 * i] = s1;
            out[2 * i + 1] = s2;
        }
        return out;
    }

    static double[] leading(double[][] a) {
        int d = a.length;
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = 1.0 / Math.sqrt(d) * (1 + 0.01 * j);
        }
        for (int it = 0; it < ITERATIONS; it++) {
            double[] w = new double[d];
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    w[r] += a[r][c] * v[c];
                }
            }
            double norm = 0;
            for (double e : w) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            if (norm < 1e-300) {
                return new double[d];
            }
            for (int j = 0; j < d; j++) {
                v[j] = w[j] / norm;
            }
        }
        int big = 0;
        for (int j = 1; j < d; j++) {
            if (Math.abs(v[j]) > Math.abs(v[big])) {
                big = j;
            }
        }
        if (v[big] < 0) {
            for (int j = 0; j < d; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private static void deflate(double[][] a, double[] v) {
        int d = a.length;
        double lambda = 0;
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                lambda += v[r] * a[r][c] * v[c];
            }
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                a[r][c] -= lambda * v[r] * v[c];
            }
        }
    }
}
