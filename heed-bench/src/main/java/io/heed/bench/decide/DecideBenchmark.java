package io.heed.bench.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionRequest;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Scratch;
import io.heed.bench.Stats;
import io.heed.bench.load.BareVertxServer;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code heed bench decide}: {@code POST /v1/decide} with 10,000 active campaigns, load from wrk on loopback, side by
 * side in the same run with a bare Vert.x 5 endpoint answering constant JSON (the same wrk script, threads and
 * connections), alternating which runs first; medians of 3 runs (1 with --quick). Then p99 at half of Heed's
 * throughput: wrk with a per-connection delay that holds about half the measured rate (closed loop with think
 * time; wrk does not correct coordinated omission). Then the concurrent budget and cap run ({@link BudgetCapLoad}).
 * First, the engine alone in process ({@link EngineLoop}), to tell the engine's cost from the server's, and the
 * auction-log writer alone ({@link AuctionLogLoop}), to tell whether it keeps up with serving.
 */
public final class DecideBenchmark implements Benchmark {
    static final int CAMPAIGNS = 10_000;
    static final int THREADS = 2;
    static final int CONNECTIONS = 64;

    @Override
    public String name() {
        return "decide";
    }

    @Override
    public String description() {
        return "ad decisions over HTTP (10,000 campaigns) vs a bare Vert.x endpoint; p99 at half load; budgets and caps";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        int seconds = o.quick() ? 8 : 20;
        int repeats = o.quick() ? 1 : 3;
        Path dir = o.workDir().resolve("scratch-decide");
        Scratch.deleteTree(dir);
        List<String> bodies = BenchCatalog.bodies(1_000, 11);
        EngineLoop.Result engine = EngineLoop.run(CAMPAIGNS, o.quick() ? 3 : 5, o.quick() ? 3 : 5);
        o.log()
                .printf(
                        "engine alone (one thread, in process): %.0f decisions/s, mean %.1f us, p99 %.1f us%n",
                        engine.decisionsPerSecond(), engine.meanMicros(), engine.p99Micros());
        int logDecisions = o.quick() ? 30_000 : 150_000; // enough to amortise the start
        AuctionLogLoop.Result logLoop = AuctionLogLoop.run(dir.resolve("auction-log"), CAMPAIGNS, logDecisions);
        o.log()
                .printf(
                        "auction log alone: %.0f decisions/s (%,d written), %.1f us of process CPU per decision%n",
                        logLoop.writesPerSecond(), logLoop.written(), logLoop.cpuMicros());
        Wrk wrk = new Wrk(dir, "decide", bodies, 0);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            long t0 = System.nanoTime();
            BenchCatalog.write(store, CAMPAIGNS, 7);
            BudgetCapLoad.setUp(store);
            o.log()
                    .printf(
                            "catalog: %,d campaigns stored in %.1f s%n",
                            CAMPAIGNS + BudgetCapLoad.CAMPAIGNS, (System.nanoTime() - t0) / 1e9);
            int loops = Runtime.getRuntime().availableProcessors();
            try (HeedServer server = HeedServer.start(
                            HeedConfig.defaults()
                                    .withServer(ServerConfig.defaults().withPort(0)),
                            store);
                    BareVertxServer bare = new BareVertxServer(loops)) {
                double candidates = meanCandidates(server, bodies);
                String decideUrl = "http://127.0.0.1:" + server.port() + "/v1/decide";
                String bareUrl = "http://127.0.0.1:" + bare.port() + "/v1/decide";
                // warm-up, not measured: the decision path needs tens of seconds of JIT on 2 busy cores
                wrk.run(decideUrl, THREADS, CONNECTIONS, o.quick() ? 15 : 30);
                wrk.run(bareUrl, THREADS, CONNECTIONS, 3);
                double[] heed = new double[repeats];
                double[] peer = new double[repeats];
                double[] heedP99 = new double[repeats];
                double[] heedCpu = new double[repeats];
                double[] peerCpu = new double[repeats];
                long errors = 0;
                for (int i = 0; i < repeats; i++) {
                    boolean bareFirst = i % 2 == 0;
                    if (bareFirst) {
                        Wrk.Run b = wrk.run(bareUrl, THREADS, CONNECTIONS, seconds);
                        peer[i] = b.rps();
                        peerCpu[i] = b.serverCpuMicrosPerRequest();
                    }
                    Wrk.Run h = wrk.run(decideUrl, THREADS, CONNECTIONS, seconds);
                    // decisions served: a shed request (503 while the auction log is behind) is not one
                    heed[i] = h.requests() == 0 ? 0 : h.rps() * Math.max(0, h.requests() - h.errors()) / h.requests();
                    heedP99[i] = h.p99Ms();
                    heedCpu[i] = h.serverCpuMicrosPerRequest();
                    errors += h.errors();
                    if (!bareFirst) {
                        Wrk.Run b = wrk.run(bareUrl, THREADS, CONNECTIONS, seconds);
                        peer[i] = b.rps();
                        peerCpu[i] = b.serverCpuMicrosPerRequest();
                    }
                    o.log()
                            .printf(
                                    "run %d: decide %.0f req/s (p99 %.2f ms, server CPU %.1f us/request), bare vert.x "
                                            + "%.0f req/s (%.1f us/request)%n",
                                    i + 1, heed[i], h.p99Ms(), heedCpu[i], peer[i], peerCpu[i]);
                }
                double decideRps = Stats.median(heed);
                double bareRps = Stats.median(peer);
                int halfConnections = 16;
                double delay = halfConnections * 1000.0 / (decideRps / 2);
                Wrk.Run half =
                        new Wrk(dir, "decide-half", bodies, delay).run(decideUrl, THREADS, halfConnections, seconds);
                o.log()
                        .printf(
                                "half load: %.0f req/s (target %.0f), p50 %.2f ms, p99 %.2f ms%n",
                                half.rps(), decideRps / 2, half.p50Ms(), half.p99Ms());

                TrackingLoad.Result track = TrackingLoad.run(
                        server, store, dir.resolve("track"), o.quick() ? 200_000 : 400_000, o.quick() ? 4 : 8);
                o.log().println("impression tracking: " + track.summary());
                // wrk counts the hits answered before it stopped; those in flight then (one per connection) may be
                // stored too
                if (track.stored() < track.hits() || track.stored() > track.hits() + CONNECTIONS + 16) {
                    throw new IllegalStateException(
                            track.hits() + " hits acknowledged but " + track.stored() + " stored");
                }

                long requests = o.quick() ? 20_000 : 60_000;
                var load = BudgetCapLoad.load(server, requests);
                o.log().println("budget/cap load: " + load.summary());
                long backlog = server.ads().auctionLogPending();
                long drainStart = System.nanoTime();
                server.ads().close(); // writes the queued auction log
                double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
                if (!server.ads().auctionLogDrained()) {
                    throw new IllegalStateException("the auction log did not drain: the budget and cap check "
                            + "would read an incomplete log");
                }
                o.log()
                        .printf(
                                "auction log: %,d decisions queued after the load, written in %.1f s%n",
                                backlog, drainSeconds);
                BudgetCapLoad.Result bc = BudgetCapLoad.check(store, load);
                if (bc.impressions() == 0) {
                    throw new IllegalStateException("no budget/cap impressions in the store: the check is vacuous");
                }
                return new BenchResult()
                        .put("campaigns", CAMPAIGNS)
                        .put("candidates_per_request", candidates)
                        .put("engine_decisions_per_s", engine.decisionsPerSecond())
                        .put("engine_us_mean", engine.meanMicros())
                        .put("engine_us_p99", engine.p99Micros())
                        .put("auction_log_writes_per_s", logLoop.writesPerSecond())
                        .put("auction_log_loop_decisions", logLoop.written())
                        .put("auction_log_journal_us_per_decision", logLoop.appendMicros())
                        .put("auction_log_cpu_us_per_decision", logLoop.cpuMicros())
                        .put("decide_rps", decideRps)
                        .put("bare_rps", bareRps)
                        .put("ratio", decideRps / bareRps)
                        .put("decide_p99_ms_at_max", Stats.median(heedP99))
                        // CPU this JVM spent per request under each load (log writer, collector included):
                        // steadier than req/s when other processes share the cores
                        .put("decide_server_cpu_us_per_request", Stats.median(heedCpu))
                        .put("bare_server_cpu_us_per_request", Stats.median(peerCpu))
                        .put("server_cpu_ratio", Stats.median(peerCpu) / Stats.median(heedCpu))
                        // An upper bound on `ratio`: a decision costs the machine at least what a bare request costs
                        // it (wrk and HTTP, with smaller bodies) plus storing its auction log, which every decision
                        // requires; even if choosing the ads cost nothing, the ratio could not exceed this.
                        .put("ratio_bound_from_log", ratioBound(loops, bareRps, logLoop.cpuMicros()))
                        .put("p99_ms_at_half_load", half.p99Ms())
                        .put("p50_ms_at_half_load", half.p50Ms())
                        .put("half_load_rps", half.rps())
                        .put(
                                "half_load_method",
                                "wrk -t2 -c16 with a per-connection Lua delay() holding ~half of "
                                        + "decide_rps (closed loop with think time)")
                        .put("decide_errors", errors)
                        .put("track_hits_per_s", track.run().rps())
                        .put("track_p99_ms", track.run().p99Ms())
                        .put("track_p99_ms_at_half_load", track.half().p99Ms())
                        .put("track_half_load_hits_per_s", track.half().rps())
                        .put("track_hits", track.hits())
                        .put("track_stored", track.stored())
                        .put("track_load_s_after_run", track.loadSeconds())
                        .put("overspend_pct", bc.overspendPct())
                        .put("cap_violations", bc.capViolations())
                        .put("budget_cap_impressions", bc.impressions())
                        .put("budget_cap_spent", bc.spent())
                        .put("budget_cap_budget", bc.budget())
                        .put("budget_cap_requests", bc.load().requests())
                        .put("budget_cap_errors", bc.load().errors() + bc.load().non2xx())
                        .put("auction_log_failed_writes", server.ads().auctionLogFailedWrites())
                        .put("auction_log_backlog_after_load", backlog)
                        .put("auction_log_drain_s", drainSeconds)
                        .put(
                                "decisions_total",
                                server.ads().engine().stats().snapshot().get("requests"))
                        .put(
                                "wrk",
                                "wrk -t" + THREADS + " -c" + CONNECTIONS + " -d" + seconds + "s, Lua POST of 1,000 "
                                        + "seeded bodies")
                        .put("peer", "Vert.x 5 HTTP server, " + loops + " verticles, constant JSON")
                        // both servers share this JVM, so they share its collector (./heed picks ZGC for this bench)
                        .put("gc", collectors());
            }
        } finally {
            Scratch.deleteTree(dir);
        }
    }

    private static String collectors() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** bare machine time per request / (that + log CPU per decision), machine time = cores / rate. */
    static double ratioBound(int cores, double bareRps, double logCpuMicros) {
        double bareMicros = cores * 1e6 / bareRps;
        return bareMicros / (bareMicros + logCpuMicros);
    }

    /** Eligible candidates per request on the benchmark's request mix, measured in process. */
    private static double meanCandidates(HeedServer server, List<String> bodies) throws java.io.IOException {
        ObjectMapper json = new ObjectMapper();
        long sum = 0;
        int n = 0;
        for (String b : bodies.subList(0, 200)) {
            JsonNode o = json.readTree(b);
            JsonNode u = o.get("user");
            JsonNode c = o.get("context");
            Decision d = server.ads()
                    .engine()
                    .decide(DecisionRequest.builder()
                            .requestId("probe-" + n)
                            .placement("feed")
                            .user(u.get("id").asText())
                            .consent(u.get("consent").get("advertising").asBoolean())
                            .persona(u.get("persona").asText())
                            .context(c.get("category").asText())
                            .geo(c.get("geo").asText())
                            .device(c.get("device").asText())
                            .timestampMillis(System.currentTimeMillis())
                            .build());
            sum += d.candidates().size();
            n++;
        }
        return sum / (double) n;
    }
}
