package io.heed.bench.profiles;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Scratch;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.sql.IncrementalProfileFeatures;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code heed bench profiles}: the profile features of 1,000,000 users from 50,000,000 events (100,000 / 5,000,000
 * with --quick) in the embedded DuckDB store: wall time of {@link SqlProfileFeatures#compute()} and its peak memory,
 * both the process's resident set (DuckDB works in native memory; Linux's VmHWM, reset before the step) and the
 * Java heap (peak of the heap pools, reset before the step). The store is filled by {@link SyntheticStore} and
 * cleaned (bots, sessions) first; those times are reported too.
 */
public final class ProfilesBenchmark implements Benchmark {
    @Override
    public String name() {
        return "profiles";
    }

    @Override
    public String description() {
        return "profile features in SQL for 1M users from 50M events: time and peak memory";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        long users = o.quick() ? 100_000 : 1_000_000;
        long events = o.quick() ? 5_000_000 : 50_000_000;
        Path dir = o.workDir().resolve("profiles-scale");
        Scratch.deleteTree(dir);
        BenchResult r = new BenchResult().put("users", users).put("events", events);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            long t = System.nanoTime();
            SyntheticStore.fill(store, users, events);
            double fillS = (System.nanoTime() - t) / 1e9;
            o.log().printf("filled %,d users and %,d events in %.1f s%n", users, events, fillS);
            t = System.nanoTime();
            Cleaner.Report clean = new Cleaner(store).clean(CleaningConfig.defaults());
            double cleanS = (System.nanoTime() - t) / 1e9;
            o.log()
                    .printf(
                            "cleaned in %.1f s: %,d sessions, %,d bot users%n",
                            cleanS, clean.sessions(), clean.botUsers());
            resetPeaks();
            long rssBefore = rssKb("VmRSS");
            t = System.nanoTime();
            SqlProfileFeatures src = new SqlProfileFeatures(store, null);
            IncrementalProfileFeatures table = new IncrementalProfileFeatures(src, Duration.ofDays(1));
            table.refresh(); // the first refresh is the full computation
            ProfileMatrix m = table.matrix();
            double featuresS = (System.nanoTime() - t) / 1e9;
            long peakRss = rssKb("VmHWM");
            long heapPeak = heapPeakBytes();
            o.log()
                    .printf(
                            "features: %,d users x %d in %.1f s; peak RSS %,d MiB (%,d MiB before), peak heap %,d MiB%n",
                            m.rows(), m.dims(), featuresS, peakRss / 1024, rssBefore / 1024, heapPeak >> 20);
            r.put("fill_s", fillS)
                    .put("clean_s", cleanS)
                    .put("sessions", clean.sessions())
                    .put("profiles", m.rows())
                    .put("features", m.dims())
                    .put("features_s", featuresS)
                    .put("features_users_per_s", m.rows() / featuresS)
                    .put("peak_rss_mib", peakRss / 1024.0)
                    .put("rss_before_mib", rssBefore / 1024.0)
                    .put("peak_heap_mib", heapPeak / 1048576.0)
                    .put("matrix_mib", 8.0 * m.rows() * m.dims() / 1048576.0)
                    .put("max_heap_mib", Runtime.getRuntime().maxMemory() / 1048576.0);
            incremental(o, store, src, table, r);
        } finally {
            Scratch.deleteTree(dir);
        }
        return r;
    }

    /**
     * A second ingest batch (a copy, one day later, of a tenth of the events of 1% of the users), then the
     * incremental refresh (only those users) and, in the same run, a full recomputation for comparison.
     */
    private static void incremental(
            BenchOptions o, HeedStore store, SqlProfileFeatures src, IncrementalProfileFeatures table, BenchResult r) {
        long added = store.write(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                return (long) s.executeUpdate("INSERT INTO events SELECT tenant_id, 'n' || event_id, event_type, "
                        + "user_id, anonymous_id, item_id, ad_id, ts + INTERVAL 1 DAY, value, placement, position, "
                        + "device, platform, geo, session_id, page, attributes, 2 FROM events "
                        + "WHERE hash(user_id) % 100 = 0 AND hash(event_id) % 10 = 0");
            }
        });
        long t = System.nanoTime();
        IncrementalProfileFeatures.Refresh inc = table.refresh();
        double incS = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        ProfileMatrix full = src.compute(table.priors());
        double fullS = (System.nanoTime() - t) / 1e9;
        if (full.rows() != table.matrix().rows()) {
            throw new IllegalStateException(
                    "incremental table has " + table.matrix().rows() + " rows, full run " + full.rows());
        }
        o.log()
                .printf(
                        "new batch of %,d events: incremental refresh of %,d users in %.1f s; full run %.1f s%n",
                        added, inc.usersRecomputed(), incS, fullS);
        r.put("incremental_new_events", added)
                .put("incremental_users", inc.usersRecomputed())
                .put("incremental_s", incS)
                .put("full_after_s", fullS)
                .put("incremental_speedup", fullS / incS);
    }

    /** Resets Linux's peak resident set (VmHWM) and the JVM's heap pool peaks. */
    private static void resetPeaks() {
        System.gc();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // not Linux, or not allowed: VmHWM then covers the whole run, which the README says
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** A "VmXxx:  1234 kB" line of /proc/self/status, in kB (-1 where there is none). */
    private static long rssKb(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
