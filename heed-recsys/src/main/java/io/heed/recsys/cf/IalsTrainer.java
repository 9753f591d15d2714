package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;
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
 * chunks of about equal interaction counts (so one popular item's long row does not leave a thread idle); each thread
 * owns its scratch vectors, and YᵀY is summed in per-thread parts, in double. Factors are float, stored row-major in
 * flat arrays (see {@link VecF} for why), and each CG pass over a row is one fused sweep ({@link VecF#rowPass}).
 */
public final class IalsTrainer implements RecTrainer {
    private static final int CHUNK = 32;
    /** Chunks per thread and half-step when balancing by interaction count. */
    private static final int CHUNKS_PER_THREAD = 64;
    /** Rows with at most this many interactions may be solved exactly through the Woodbury identity. */
    private static final int EXACT_MAX = 16;

    private final IalsConfig config;

    public IalsTrainer(IalsConfig config) {
        this.config = config;
    }

    /** Whether training runs on the Vector API kernels (JVM started with --add-modules jdk.incubator.vector). */
    public static boolean vectorApi() {
        return VecF.SIMD;
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
        float[] x = init(data, k, new Random(config.seed()));
        float[] y = init(byItem, k, new Random(config.seed() + 1));
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
        return new IalsModel(
                data,
                ModelFiles.provenance(algorithm(), dataDescription, config.seed(), config.params()),
                k,
                (float) config.regularization(),
                (float) config.alpha(),
                x,
                y);
    }

    /** Small uniform random factors (0, 0.01) for rows with data, zero for empty rows. */
    private static float[] init(Interactions rows, int k, Random rnd) {
        float[] f = new float[rows.numUsers() * k];
        for (int u = 0; u < rows.numUsers(); u++) {
            if (rows.rowLength(u) > 0) {
                for (int j = 0; j < k; j++) {
                    f[u * k + j] = rnd.nextFloat() * 0.01f;
                }
            }
        }
        return f;
    }

    /** Updates every row of {@code target} given the fixed factors {@code fixed}. */
    private void solveSide(ExecutorService pool, Interactions rows, float[] target, float[] fixed) {
        int k = config.factors();
        int nFixed = fixed.length / k;
        int threads = config.threads();
        List<Future<double[]>> grams = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) nFixed * t / threads);
            int to = (int) ((long) nFixed * (t + 1) / threads);
            grams.add(pool.submit(() -> {
                double[] part = new double[k * k];
                VecF.gramUpper(fixed, from, to, k, part);
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
        VecF.symmetrize(g, k, config.regularization());
        float[] z = exactPathPays(rows, nFixed)
                ? solveAll(pool, fixed, nFixed, VecF.toFloat(Cholesky.inverse(g.clone(), k)))
                : null;
        float[] gf = VecF.toFloat(g);
        int[] bounds = chunks(rows, threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> {
                float[][] scratch = new float[4][k];
                int c;
                while ((c = next.getAndIncrement()) < bounds.length - 1) {
                    for (int u = bounds[c]; u < bounds[c + 1]; u++) {
                        if (z != null && rows.rowLength(u) <= EXACT_MAX) {
                            solveRowExact(rows, u, target, fixed, z, scratch[0]);
                        } else {
                            solveRow(rows, u, target, fixed, gf, scratch);
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
     * Chunk boundaries over the rows: a chunk closes after {@value #CHUNK} rows or once it holds about
     * 1/({@value #CHUNKS_PER_THREAD}·threads) of the interactions, whichever comes first, so threads that take
     * chunks in turn finish within one small chunk of each other even when a few rows hold most interactions.
     */
    private static int[] chunks(Interactions rows, int threads) {
        int n = rows.numUsers();
        long budget = Math.max(1, rows.nnz() / ((long) CHUNKS_PER_THREAD * threads));
        int[] b = new int[n + 1];
        int c = 0;
        long held = 0;
        int start = 0;
        for (int u = 0; u < n; u++) {
            held += rows.rowLength(u) + 1;
            if (u + 1 - start >= CHUNK || held >= budget) {
                b[++c] = u + 1;
                start = u + 1;
                held = 0;
            }
        }
        if (b[c] != n) {
            b[++c] = n;
        }
        return java.util.Arrays.copyOf(b, c + 1);
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
    private float[] solveAll(ExecutorService pool, float[] fixed, int nFixed, float[] gInv) {
        int k = config.factors();
        float[] z = new float[fixed.length];
        int threads = config.threads();
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) nFixed * t / threads);
            int to = (int) ((long) nFixed * (t + 1) / threads);
            parts.add(pool.submit(() -> {
                float[] v = new float[k];
                float[] out = new float[k];
                for (int j = from; j < to; j++) {
                    System.arraycopy(fixed, j * k, v, 0, k);
                    VecF.symMatVec(gInv, v, out, k);
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
    private void solveRowExact(Interactions rows, int u, float[] target, float[] fixed, float[] z, float[] x) {
        int k = config.factors();
        int from = rows.rowStart(u);
        int n = rows.rowLength(u);
        int xo = u * k;
        if (n == 0) {
            java.util.Arrays.fill(target, xo, xo + k, 0f);
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
                m[j * n + l] = d * VecF.dot(fixed, xj, z, idx[from + l] * k, k) + (j == l ? 1 : 0);
            }
        }
        double[] t = Cholesky.solveGeneral(m, c, n);
        java.util.Arrays.fill(x, 0, k, 0f);
        for (int l = 0; l < n; l++) {
            VecF.axpy((float) t[l], z, idx[from + l] * k, x, 0, k);
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

    private void solveRow(Interactions rows, int u, float[] target, float[] fixed, float[] g, float[][] s) {
        int k = config.factors();
        int xo = u * k;
        int from = rows.rowStart(u);
        int to = rows.rowEnd(u);
        if (from == to) {
            java.util.Arrays.fill(target, xo, xo + k, 0f);
            return;
        }
        float alpha = (float) config.alpha();
        int[] idx = rows.itemIndices();
        float[] w = rows.weightValues();
        float[] x = s[0];
        float[] r = s[1];
        float[] p = s[2];
        float[] ap = s[3];
        System.arraycopy(target, xo, x, 0, k);
        // r = b − A·x = −G·x + Σ_i (c_i − (c_i − 1)·(y_i·x)) y_i
        VecF.symMatVec(g, x, r, k);
        for (int f = 0; f < k; f++) {
            r[f] = -r[f];
        }
        VecF.rowPass(fixed, idx, w, from, to, k, alpha, true, x, r);
        System.arraycopy(r, 0, p, 0, k);
        double rs = VecF.dot(r, 0, r, 0, k);
        for (int step = 0; step < config.cgSteps() && rs > 1e-20; step++) {
            // ap = A·p
            VecF.symMatVec(g, p, ap, k);
            VecF.rowPass(fixed, idx, w, from, to, k, alpha, false, p, ap);
            double pap = VecF.dot(p, 0, ap, 0, k);
            if (!(pap > 0.0)) {
                break;
            }
            float a = (float) (rs / pap);
            VecF.axpy(a, p, 0, x, 0, k);
            VecF.axpy(-a, ap, 0, r, 0, k);
            double rsNew = VecF.dot(r, 0, r, 0, k);
            float beta = (float) (rsNew / rs);
            for (int f = 0; f < k; f++) {
                p[f] = r[f] + beta * p[f];
            }
            rs = rsNew;
        }
        System.arraycopy(x, 0, target, xo, k);
    }
}
