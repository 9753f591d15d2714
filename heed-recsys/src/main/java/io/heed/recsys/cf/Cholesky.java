package io.heed.recsys.cf;

/** Dense symmetric positive-definite solve for small systems (row-major, in double). */
final class Cholesky {
    private Cholesky() {}

    /** Solves A x = b; A (n×n, row-major) is overwritten by its Cholesky factor. */
    static double[] solve(double[] a, double[] b, int n) {
        factor(a, n);
        return solveFactored(a, b, n);
    }

    /** Overwrites the lower triangle of SPD {@code a} with L, A = L·Lᵀ. */
    static void factor(double[] a, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int m = 0; m < j; m++) {
                d -= a[j * n + m] * a[j * n + m];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + ")");
            }
            d = Math.sqrt(d);
            a[j * n + j] = d;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int m = 0; m < j; m++) {
                    s -= a[i * n + m] * a[j * n + m];
                }
                a[i * n + j] = s / d;
            }
        }
    }

    /** Solves L·Lᵀ x = b with the factor from {@link #factor}. */
    static double[] solveFactored(double[] a, double[] b, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int m = 0; m < i; m++) {
                s -= a[i * n + m] * y[m];
            }
            y[i] = s / a[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int m = i + 1; m < n; m++) {
                s -= a[m * n + i] * x[m];
            }
            x[i] = s / a[i * n + i];
        }
        return x;
    }

    /** The inverse of SPD {@code a} (n×n, row-major; overwritten). */
    static double[] inverse(double[] a, int n) {
        factor(a, n);
        double[] inv = new double[n * n];
        double[] e = new double[n];
        for (int c = 0; c < n; c++) {
            java.util.Arrays.fill(e, 0.0);
            e[c] = 1;
            double[] col = solveFactored(a, e, n);
            for (int r = 0; r < n; r++) {
                inv[r * n + c] = col[r];
            }
        }
        return inv;
    }

    /** Solves a general (non-symmetric) small system by Gaussian elimination with partial pivoting; a is overwritten. */
    static double[] solveGeneral(double[] a, double[] b, int n) {
        double[] x = b.clone();
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r * n + col]) > Math.abs(a[piv * n + col])) {
                    piv = r;
                }
            }
            if (a[piv * n + col] == 0) {
                throw new IllegalArgumentException("singular system");
            }
            if (piv != col) {
                for (int c = 0; c < n; c++) {
                    double tmp = a[col * n + c];
                    a[col * n + c] = a[piv * n + c];
                    a[piv * n + c] = tmp;
                }
                double tmp = x[col];
                x[col] = x[piv];
                x[piv] = tmp;
            }
            for (int r = col + 1; r < n; r++) {
                double f = a[r * n + col] / a[col * n + col];
                if (f != 0) {
                    for (int c = col; c < n; c++) {
                        a[r * n + c] -= f * a[col * n + c];
                    }
                    x[r] -= f * x[col];
                }
            }
        }
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r * n + c] * x[c];
            }
            x[r] = s / a[r * n + r];
        }
        return x;
    }
}
