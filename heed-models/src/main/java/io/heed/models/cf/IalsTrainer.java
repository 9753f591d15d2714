package io.heed.models.cf;

import io.heed.models.Interactions;
import io.heed.models.ModelProvenance;
import io.heed.models.RecTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implicit ALS with conjugate-gradient row solves. Each half-step fixes one side's factors Y, forms
 * G = YᵀY + λI once (k×k), and for every row u improves x_u towards the solution of
 * (G + Σ_{i∈u} (c_ui − 1) y_i y_iᵀ) x_u = Σ_{i∈u} c_ui y_i with a few CG steps warm-started at the previous x_u,
 * never forming the per-row matrix (cost per step O(k² + |u|·k)). Rows are handed to a fixed pool of threads in
 * chunks; each thread owns its scratch vectors, and YᵀY is summed in per-thread parts. Factors are trained in double
 * (see {@link VecD} for why), stored row-major in flat arrays, and handed to the model as float.
 */
public final class IalsTrainer implements RecTrainer {
    private static final int CHUNK = 32;
    /** Rows with at most this many interactions may be solved exactly through the Woodbury identity. */
    private static final int EXACT_MAX = 16;
    private final IalsConfig config;

    public IalsTrainer(IalsConfig config) {
        this.config = config;
    }

    /** Whether training runs on the Vector API kernels (JVM started with --add-modules jdk.incubator.vector). */
    public static boolean vectorApi() {
        return VecD.SIMD;
    }

    @Override
    public String algorithm() {
        return IalsModel.ALGORITHM;
    }

    @Override
    public IalsModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        Checks.requireNonNegativeWeights(data, "iALS");
        int k = config.factors();
        Interactions byItem = data.transpose();
        double[] x = init(data, k, new Random(config.seed()));
        double[] y = init(byItem, k, new Random(config.seed() + 1));
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "heed-ials");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int it = 0; it < config.iterations(); it++) {
                solveSide(pool, data, x, y);
                solveSide(pool, byItem, y, x);
            }
        } finally {
            pool.shutdownNow();
        }
        return new IalsModel(data, ModelProvenance.of(algorithm(), dataDescription, config.seed(), config.params()),
                k, (float) config.regularization(), (float) config.alpha(), toFloat(x), toFloat(y));
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            f[j] = (float) a[j];
        }
        return f;
    }

    /** Small uniform random factors (0, 0.01) for rows with data, zero for empty rows. */
    private static double[] init(Interactions rows, int k, Random rnd) {
        double[] f = new double[rows.numUsers() * k];
        for (int u = 0; u < rows.numUsers(); u++) {
            if (rows.rowLength(u) > 0) {
                for (int j = 0; j < k; j++) {
                    f[u * k + j] = rnd.nextFloat() * 0.01;
                }
            }
        }
        return f;
    }

    /** Updates every row of {@code target} given the fixed factors {@code fixed}. */
    private void solveSide(ExecutorService pool, Interactions rows, double[] target, double[] fixed) {
        int k = config.factors();
        int nFixed = fixed.length / k;
        int threads = config.threads();
        List<Future<double[]>> grams = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) nFixed * t / threads);
            int to = (int) ((long) nFixed * (t + 1) / threads);
            grams.add(pool.submit(() -> {
                double[] part = new double[k * k];
                VecD.gramUpper(fixed, from, to, k, part);
                return part;
            }));
        }
        double[] g = new double[k * k];
        for (Future<double[]> f : grams) {
            double[] part = join(f);
            for (int j = 0; j < g.length; j++) {
                g[j] += part[j];
            }
        }
        VecD.symmetrize(g, k, config.regularization());
        int n = rows.numUsers();
        double[] z = exactPathPays(rows, nFixed) ? solveAll(pool, fixed, nFixed, Cholesky.inverse(g.clone(), k)) : null;
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                double[][] scratch = new double[4][k];
                int from;
                while ((from = next.getAndAdd(CHUNK)) < n) {
                    int to = Math.min(n, from + CHUNK);
                    for (int u = from; u < to; u++) {
                        if (z != null && rows.rowLength(u) <= EXACT_MAX) {
                            solveRowExact(rows, u, target, fixed, z, scratch[0]);
                        } else {
                            solveRow(rows, u, target, fixed, g, scratch);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : parts) {
            join(f);
        }
    }

    /**
     * Whether solving short rows exactly pays: it needs z_j = G⁻¹x_j for every fixed row (one k×k matvec each),
     * and then costs about n²·k per row of length n, against (cgSteps + 1) matvecs and 2·n·k per step for CG.
     */
    private boolean exactPathPays(Interactions rows, int nFixed) {
        long k = config.factors();
        long saved = 0;
        for (int u = 0; u < rows.numUsers(); u++) {
            long len = rows.rowLength(u);
            if (len > 0 && len <= EXACT_MAX) {
                saved += (config.cgSteps() + 1) * (k * k + 2 * len * k) - (len * len * k + len * len * len);
            }
        }
        return saved > nFixed * k * k;
    }

    /** z_j = G⁻¹ x_j for all rows of {@code fixed}, in parallel. */
    private double[] solveAll(ExecutorService pool, double[] fixed, int nFixed, double[] gInv) {
        int k = config.factors();
        double[] z = new double[fixed.length];
        int threads = config.threads();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) nFixed * t / threads);
            int to = (int) ((long) nFixed * (t + 1) / threads);
            parts.add(pool.submit(() -> {
                double[] v = new double[k];
                double[] out = new double[k];
                for (int j = from; j < to; j++) {
                    System.arraycopy(fixed, j * k, v, 0, k);
                    VecD.symMatVec(gInv, v, out, k);
                    System.arraycopy(out, 0, z, j * k, k);
                }
            }));
        }
        for (Future<?> f : parts) {
            join(f);
        }
        return z;
    }

    /**
     * Exact solve of a short row by the Woodbury identity: with U = [x_j] over the row's n partners, D = diag(c_j − 1)
     * and b = U·c, the solution of (G + U D Uᵀ) x = b is x = G⁻¹U · (I + D UᵀG⁻¹U)⁻¹ c, an n×n system.
     */
    private void solveRowExact(Interactions rows, int u, double[] target, double[] fixed, double[] z, double[] x) {
        int k = config.factors();
        int from = rows.rowStart(u);
        int n = rows.rowLength(u);
        int xo = u * k;
        if (n == 0) {
            java.util.Arrays.fill(target, xo, xo + k, 0.0);
            return;
        }
        int[] idx = rows.itemIndices();
        float[] w = rows.weightValues();
        double alpha = config.alpha();
        double[] m = new double[n * n];
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            double d = alpha * w[from + j];
            c[j] = 1 + d;
            int xj = idx[from + j] * k;
            for (int l = 0; l < n; l++) {
                m[j * n + l] = d * VecD.dot(fixed, xj, z, idx[from + l] * k, k) + (j == l ? 1 : 0);
            }
        }
        double[] t = Cholesky.solveGeneral(m, c, n);
        java.util.Arrays.fill(x, 0, k, 0.0);
        for (int l = 0; l < n; l++) {
            VecD.axpy(t[l], z, idx[from + l] * k, x, 0, k);
        }
        System.arraycopy(x, 0, target, xo, k);
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("iALS training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("iALS worker failed", e.getCause());
        }
    }

    private void solveRow(Interactions rows, int u, double[] target, double[] fixed, double[] g, double[][] s) {
        int k = config.factors();
        int xo = u * k;
        int from = rows.rowStart(u);
        int to = rows.rowEnd(u);
        if (from == to) {
            java.util.Arrays.fill(target, xo, xo + k, 0.0);
            return;
        }
        double alpha = config.alpha();
        int[] idx = rows.itemIndices();
        float[] w = rows.weightValues();
        double[] x = s[0];
        double[] r = s[1];
        double[] p = s[2];
        double[] ap = s[3];
        System.arraycopy(target, xo, x, 0, k);
        // r = b − A·x = −G·x + Σ_i (c_i − (c_i − 1)·(y_i·x)) y_i
        VecD.symMatVec(g, x, r, k);
        for (int f = 0; f < k; f++) {
            r[f] = -r[f];
        }
        for (int q = from; q < to; q++) {
            int yo = idx[q] * k;
            double cm1 = alpha * w[q];
            double d = VecD.dot(fixed, yo, x, 0, k);
            VecD.axpy(1.0 + cm1 - cm1 * d, fixed, yo, r, 0, k);
        }
        System.arraycopy(r, 0, p, 0, k);
        double rs = VecD.dot(r, 0, r, 0, k);
        for (int step = 0; step < config.cgSteps() && rs > 1e-20; step++) {
            // ap = A·p
            VecD.symMatVec(g, p, ap, k);
            for (int q = from; q < to; q++) {
                int yo = idx[q] * k;
                double cm1 = alpha * w[q];
                VecD.axpy(cm1 * VecD.dot(fixed, yo, p, 0, k), fixed, yo, ap, 0, k);
            }
            double pap = VecD.dot(p, 0, ap, 0, k);
            if (!(pap > 0.0)) {
                break;
            }
            double a = rs / pap;
            VecD.axpy(a, p, 0, x, 0, k);
            VecD.axpy(-a, ap, 0, r, 0, k);
            double rsNew = VecD.dot(r, 0, r, 0, k);
            double beta = rsNew / rs;
            for (int f = 0; f < k; f++) {
                p[f] = r[f] + beta * p[f];
            }
            rs = rsNew;
        }
        System.arraycopy(x, 0, target, xo, k);
    }
}
