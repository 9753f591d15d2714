package io.heed.bench.personas;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Stats;
import io.heed.profiles.cluster.KMeans;
import io.heed.profiles.cluster.KMeansConfig;
import io.heed.profiles.cluster.KMeansResult;
import io.heed.profiles.rules.FpGrowth;
import io.heed.profiles.rules.RuleConfig;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * {@code heed bench personas}: k-means (k = 20, one k-means++ initialisation) on 1,000,000 × 50 Gaussian blobs
 * with 20 centres (100,000 with --quick), side by side with scikit-learn's KMeans on the same data file and the
 * same settings (Debian's python3-sklearn, run as a child process, fit time measured inside it); the planted
 * personas' adjusted Rand index on the simulator ({@link PersonaQuality}); and FP-Growth rule counts on the
 * groceries baskets at R arules' two published settings.
 */
public final class PersonasBenchmark implements Benchmark {
    static final int K = 20;
    static final int D = 50;

    @Override
    public String name() {
        return "personas";
    }

    @Override
    public String description() {
        return "k-means vs scikit-learn on 1M x 50; ARI vs planted personas; groceries rules vs arules";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        int n = o.quick() ? 100_000 : 1_000_000;
        int repeats = o.quick() ? 1 : 3;
        BenchResult r = new BenchResult().put("kmeans_n", n).put("kmeans_d", D).put("kmeans_k", K);
        double[] x = blobs(n, D, K, 7L);
        Path file = o.workDir().resolve("blobs-" + n + "x" + D + ".f64");
        write(x, file);
        double[] heed = new double[repeats];
        double[] sk = new double[repeats];
        double heedInertia = 0;
        double skInertia = 0;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            KMeansResult res = KMeans.fit(
                    x,
                    n,
                    D,
                    KMeansConfig.of(K, 42 + i)
                            .withRestarts(1)
                            .withThreads(threads)
                            .withMaxIter(300));
            heed[i] = (System.nanoTime() - t) / 1e9;
            heedInertia = res.inertia();
            Map<String, Double> s = Sklearn.kmeans(file, n, D, K, 42 + i);
            sk[i] = s.get("seconds");
            skInertia = s.get("inertia");
            o.log()
                    .printf(
                            "run %d: heed %.2f s (%d iterations, inertia %.6g), scikit-learn %.2f s (%d iterations, "
                                    + "inertia %.6g)%n",
                            i + 1,
                            heed[i],
                            res.iterations(),
                            res.inertia(),
                            sk[i],
                            s.get("iterations").intValue(),
                            skInertia);
        }
        Files.deleteIfExists(file);
        double heedS = Stats.median(heed);
        double skS = Stats.median(sk);
        r.put("heed_kmeans_s", heedS)
                .put("sklearn_kmeans_s", skS)
                .put("time_ratio", heedS / skS)
                .put("heed_inertia", heedInertia)
                .put("sklearn_inertia", skInertia)
                .put("peer", "scikit-learn " + Sklearn.version() + " KMeans(n_init=1, algorithm='lloyd')");
        PersonaQuality.measure(o, r);
        groceries(o, r);
        return r;
    }

    private static void groceries(BenchOptions o, BenchResult r) throws IOException {
        Path f = Path.of(System.getProperty("heed.shared.data", "../shared/data"), "groceries", "groceries.csv");
        if (!Files.exists(f)) {
            r.put("groceries_skipped", "no groceries data at " + f.toAbsolutePath());
            return;
        }
        List<List<String>> baskets = Files.readAllLines(f).stream()
                .filter(l -> !l.isBlank())
                .map(l -> Arrays.asList(l.split(",")))
                .collect(Collectors.toList());
        int lantz = new FpGrowth(RuleConfig.of(0.006, 0.25)).rules(baskets).size();
        var strict = new FpGrowth(RuleConfig.of(0.001, 0.8)).rules(baskets);
        r.put("groceries_rules", lantz)
                .put("groceries_rules_arules", 463)
                .put("groceries_rules_strict", strict.size())
                .put("groceries_rules_strict_arules", 410)
                .put("groceries_top_lift_strict", strict.get(0).lift());
        o.log()
                .printf(
                        "groceries: %d rules (arules 463) at support 0.006/confidence 0.25; %d (arules 410) at "
                                + "0.001/0.8%n",
                        lantz, strict.size());
    }

    /** n points around k centres drawn uniformly in [-10, 10]^d, unit variance, seeded. */
    static double[] blobs(int n, int d, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] centres = new double[k * d];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = rng.nextDouble(-10, 10);
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(k);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = centres[c * d + j] + gaussian(rng);
            }
        }
        return x;
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Little-endian float64, row-major: what numpy.fromfile reads. */
    static void write(double[] x, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ByteBuffer buf = ByteBuffer.allocate(8 * 65_536).order(ByteOrder.LITTLE_ENDIAN);
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (double v : x) {
                if (!buf.hasRemaining()) {
                    out.write(buf.array(), 0, buf.position());
                    buf.clear();
                }
                buf.putDouble(v);
            }
            out.write(buf.array(), 0, buf.position());
        }
    }
}
