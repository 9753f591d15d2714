package io.heed.bench.ctr;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Scratch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code heed bench ctr}: Heed's click models (FTRL and batch logistic regression, factorization machine, XGBoost4J
 * trees, blends) against Debian's xgboost CLI and scikit-learn's LogisticRegression, trained on the same split and
 * the same hashed one-hot features, scored by the same metric code, in one run, on Frappe, Criteo, OBD, Taobao and
 * simulated impressions (where the true click probability of every impression is known). Then FTRL training
 * throughput and the latency of scoring 100 candidates. {@code --quick} leaves Heed's peer-sized trees out of the
 * candidates and runs OBD's repeated k-fold once instead of twice.
 */
public final class CtrBenchmark implements Benchmark {
    @Override
    public String name() {
        return "ctr";
    }

    @Override
    public String description() {
        return "pCTR models vs xgboost CLI and scikit-learn LR on Frappe, Criteo, OBD, Taobao, simulated impressions";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        Path data = Path.of(System.getProperty("heed.shared.data", "../shared/data"));
        BenchResult r = new BenchResult();
        r.put("quick", o.quick() ? 1 : 0)
                .put("peer_xgboost", Peers.xgboostVersion() + " (hist, 300 rounds, depth 8, eta 0.1)")
                .put("peer_sklearn", "LogisticRegression(C=1, lbfgs)");
        Path work = o.workDir().resolve("ctr");
        Files.createDirectories(work);
        Set<String> only = only();
        for (Map.Entry<String, SetLoader> s : List.<Map.Entry<String, SetLoader>>of(
                Map.entry("frappe", () -> CtrSets.frappe(data, o.quick())),
                Map.entry("criteo", () -> CtrSets.criteo(data, o.quick())),
                Map.entry("obd", () -> CtrSets.obd(data, o.quick())),
                Map.entry("taobao", () -> CtrSets.taobao(data, o.quick())))) {
            if (!only.isEmpty() && !only.contains(s.getKey())) {
                continue;
            }
            SetLoader loader = s.getValue();
            CtrSet set;
            try {
                set = loader.load();
            } catch (NoSuchFileException e) {
                o.log().println("ctr: skipping a data set, file not found: " + e.getFile());
                continue;
            }
            SetComparison.run(set, work.resolve(set.key()), r, o);
        }
        if (only.isEmpty() || only.contains("sim")) {
            SimRun sim = SimRun.load(work);
            SetComparison.run(sim.set(), work.resolve("sim-peers"), r, o);
            ServingSpeed.measure(sim, r, o);
        }
        Scratch.deleteTree(work.resolve("peers"));
        return r;
    }

    /** {@code -Dheed.bench.ctr.sets=sim,obd} runs only those sets (for development; the published run has all). */
    private static Set<String> only() {
        String v = System.getProperty("heed.bench.ctr.sets", "").strip();
        return v.isEmpty() ? Set.of() : Set.of(v.split(","));
    }

    @FunctionalInterface
    private interface SetLoader {
        CtrSet load() throws IOException;
    }
}
