package io.heed.bench.recsys;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.recsys.Interactions;
import io.heed.recsys.cf.IalsConfig;
import io.heed.recsys.cf.IalsTrainer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * {@code heed bench recsys-scale}: iALS with 64 factors on 20,010,000 synthetic interactions in ML-20M's shape
 * (138,000 users × 27,000 items, 145 distinct Zipf-popular items each; --quick: a tenth of the users): seconds per
 * iteration (wall, and process CPU, which separates the fit's own cost from waiting for a core on a shared machine)
 * and peak heap. Generating the data is timed apart and not counted.
 */
public final class RecsysScaleBenchmark implements Benchmark {
    @Override
    public String name() {
        return "recsys-scale";
    }

    @Override
    public String description() {
        return "iALS (64 factors) on 20,010,000 synthetic interactions: s per iteration, CPU s, peak heap";
    }

    @Override
    public BenchResult run(BenchOptions o) {
        BenchResult r = new BenchResult();
        scale(o.quick(), o.log(), r);
        r.put("quick", o.quick());
        return r;
    }

    private static void scale(boolean quick, PrintStream log, BenchResult r) {
        int users = quick ? 13_800 : 138_000;
        int iterations = quick ? 2 : 3;
        long g0 = System.nanoTime();
        Interactions data = SyntheticInteractions.zipf(users, 27_000, 145, 20);
        double genS = (System.nanoTime() - g0) / 1e9;
        log.printf(
                Locale.ROOT,
                "  scale: %,d users x %,d items, %,d interactions (generated in %.1f s)%n",
                data.numUsers(),
                data.numItems(),
                data.nnz(),
                genS);
        IalsConfig cfg = IalsConfig.defaults().withIterations(iterations);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        new IalsTrainer(cfg).fit(data);
        double fitS = (System.nanoTime() - t0) / 1e9;
        double cpuS = (processCpuNanos() - c0) / 1e9;
        double peakMiB =
                heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
        log.printf(
                Locale.ROOT,
                "  scale: iALS 64 factors, %d iterations in %.1f s = %.2f s/iteration (incl. setup),"
                        + " peak heap %.0f MiB, %d threads; process CPU %.2f s/iteration (wall exceeds CPU/threads when other"
                        + " processes hold the cores); Vector API kernels: %s%n",
                iterations,
                fitS,
                fitS / iterations,
                peakMiB,
                cfg.threads(),
                cpuS / iterations,
                IalsTrainer.vectorApi());
        r.put("scale_users", data.numUsers());
        r.put("scale_items", data.numItems());
        r.put("scale_interactions", data.nnz());
        r.put("scale_iterations", iterations);
        r.put("scale_threads", cfg.threads());
        r.put("scale_fit_s", round(fitS));
        r.put("scale_s_per_iteration", round(fitS / iterations));
        r.put("scale_cpu_s_per_iteration", round(cpuS / iterations));
        r.put("scale_vector_api", IalsTrainer.vectorApi());
        double gflop = flopsPerIteration(data, cfg) / 1e9;
        r.put("scale_gflop_per_iteration", round(gflop));
        r.put("scale_gflops_per_cpu_s", round(gflop / (cpuS / iterations)));
        log.printf(
                Locale.ROOT,
                "  scale: %.1f GFLOP per iteration (CG and Gram arithmetic), %.1f GFLOP/s per CPU-second;"
                        + " floor at peer-bench FlopBench's 53 GFLOP/s float on 2 cores: %.2f s%n",
                gflop,
                gflop / (cpuS / iterations),
                gflop / 53);
        r.put(
                "scale_load_average",
                round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        r.put("scale_heap_peak_mib", Math.round(peakMiB));
        r.put("scale_max_heap_mib", Runtime.getRuntime().maxMemory() / 1048576);
    }

    /**
     * Arithmetic of one iteration, both half-steps: per interaction, (cgSteps + 1) passes of a dot product and an
     * axpy (4k flops each); per row, (cgSteps + 1) k×k matrix-vector products (2k²); per side, the Gram matrix
     * (k² per fixed row, upper triangle). The Woodbury shortcut for short rows is not counted (none at 145 per user).
     */
    static double flopsPerIteration(Interactions data, IalsConfig cfg) {
        double k = cfg.factors();
        double passes = cfg.cgSteps() + 1;
        double rows = data.numUsers() + data.numItems();
        return 2 * data.nnz() * passes * 4 * k + rows * passes * 2 * k * k + rows * k * k;
    }

    /** CPU time of the whole process (all threads), to separate the fit's own cost from waiting for a core. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
