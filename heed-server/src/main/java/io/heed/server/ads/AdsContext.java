package io.heed.server.ads;

import io.heed.ads.attention.CtrModelEstimator;
import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.ads.port.AttentionEstimator;
import io.heed.ads.sql.AuctionJournal;
import io.heed.ads.sql.SqlAdAdmin;
import io.heed.ads.sql.SqlAdCatalog;
import io.heed.ads.sql.SqlAuctionLog;
import io.heed.ads.sql.SqlTrackedHits;
import io.heed.ads.tracking.TrackingLedger;
import io.heed.ads.tracking.TrackingPolicy;
import io.heed.ads.tracking.TrackingSigner;
import io.heed.app.Models;
import io.heed.ctr.CtrModel;
import io.heed.events.journal.EventJournal;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;

/**
 * Ad delivery wired to the store: the catalog (reloaded after every admin change, so edits serve without a
 * restart), the journaled auction and tracking logs (opened first: they load what a crashed process left), the
 * engine with its ledger restored from recorded spend, the tracking signer (its secret configured, else generated
 * once and kept in the store) and its fraud ledger restored from the stored hits, and the problem counters of the routes.
 */
public final class AdsContext implements AutoCloseable {
    final HeedStore store;
    final SqlAdCatalog catalog;
    final SqlAdAdmin admin;
    final SqlAuctionLog auctionLog;
    final AuctionJournal log;
    /** Accepted tracking hits as events, journaled before the answer and appended to the store in bulk. */
    final EventJournal trackingLog;
    /** A journal directory made for this context (no durable one configured), deleted at close. */
    private final Path temporaryJournal;

    final DecisionEngine engine;
    final SmoothedCtrEstimator attention;
    /** What the auction scores with: {@link #attention}, or the CTR model over it. */
    final AttentionEstimator scoring;

    final TrackingSigner signer;
    final TrackingLedger tracking;
    /** Personas of users for requests that name only the user. */
    final PersonaCache personas;

    final String tenant;
    private volatile boolean logDrained;
    private final Map<String, LongAdder> problems = new java.util.concurrent.ConcurrentHashMap<>();
    /** Sweeps cap and tracking state that can no longer matter, once a minute, so memory stays bounded. */
    private final java.util.concurrent.ScheduledExecutorService sweeper =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "heed-ads-sweeper");
                t.setDaemon(true);
                return t;
            });

    /**
     * Journaled auctions (or tracking hits) not yet in the store beyond which serving sheds: at full load on two
     * cores about 20 s of auctions, so only a store that stopped or slowed badly gets there.
     */
    static final long AUCTION_BACKLOG_BYTES = io.heed.app.config.JournalConfig.DEFAULT_BACKLOG_BYTES;

    private AdsContext(
            HeedStore store,
            String tenant,
            TrackingPolicy policy,
            long seed,
            Models models,
            Path journalDir,
            long auctionBacklogBytes,
            String trackingSecret) {
        this.attention = SmoothedCtrEstimator.defaults();
        this.scoring = estimator(models, attention); // first: a broken model file fails before threads start
        this.store = store;
        this.tenant = tenant;
        this.catalog = new SqlAdCatalog(store);
        this.admin = new SqlAdAdmin(store);
        this.auctionLog = new SqlAuctionLog(store);
        Path durable = journalDir != null
                ? journalDir
                : store.directory().map(d -> d.resolve("journal")).orElse(null);
        this.temporaryJournal = durable == null ? temporaryDirectory() : null;
        if (durable == null) {
            LoggerFactory.getLogger(AdsContext.class)
                    .warn(
                            "no journal directory for this store: auctions are "
                                    + "journaled in {}, which a crash leaves behind unloaded (set one: --data-dir)",
                            temporaryJournal);
        }
        // first: it loads what a crashed process left, so the ledger below counts that spend too
        Path journals = durable != null ? durable : temporaryJournal;
        this.log = AuctionJournal.open(store, journals, auctionBacklogBytes);
        this.trackingLog = EventJournal.open(store, journals, "tracking", "tracking", auctionBacklogBytes);
        BudgetLedger ledger = new BudgetLedger();
        long dayStart = Math.floorDiv(System.currentTimeMillis(), 86_400_000L) * 86_400_000L;
        ledger.restore(auctionLog.load(dayStart), dayStart);
        this.engine = new DecisionEngine(scoring, ledger, new FrequencyCapper(), Pacer.defaults(ledger), seed, log);
        String secret = trackingSecret != null
                ? trackingSecret
                : admin.getOrCreate("tracking_secret", () -> {
                    byte[] b = new byte[32];
                    new SecureRandom().nextBytes(b);
                    return Base64.getEncoder().encodeToString(b);
                });
        this.signer = new TrackingSigner(secret.getBytes(StandardCharsets.UTF_8), policy.ttlMillis());
        this.tracking = new TrackingLedger(policy);
        // hits of URLs still valid, from before a restart (the tracking journal, opened above, loaded any a crash
        // left): without them a replayed click would be accepted, and charged, again
        long restored = new SqlTrackedHits(store)
                .forEachSince(tenant, System.currentTimeMillis() - policy.ttlMillis(), tracking::restore);
        if (restored > 0) {
            LoggerFactory.getLogger(AdsContext.class)
                    .info("tracking: {} hits of the last {} h restored", restored, policy.ttlMillis() / 3_600_000);
        }
        this.personas = PersonaCache.of(new PersonaLabels(store), tenant);
        personas.refresh();
        reload();
        sweeper.scheduleWithFixedDelay(
                () -> {
                    long now = System.currentTimeMillis();
                    engine.sweep(now);
                    tracking.sweep(now);
                    personas.refresh();
                },
                1,
                1,
                java.util.concurrent.TimeUnit.MINUTES);
    }

    /**
     * As configured: the tenant and tracking secret of the {@code ads} section (a configured secret signs instead
     * of the one kept in the store), the click model of {@code models} (the server's one {@link Models}, so the file
     * is read once), the journal directory and shedding backlog of {@code journal}.
     */
    public static AdsContext open(HeedStore store, io.heed.app.config.HeedConfig config, Models models) {
        return new AdsContext(
                store,
                config.ads().tenant(),
                TrackingPolicy.defaults(),
                20261001L,
                models,
                config.journal().dir(),
                config.journal().backlogBytes(),
                config.ads().trackingSecret());
    }

    /**
     * Predicting clicks with the CTR model saved at {@code ctrModel} when that file exists (as {@code heed ctr
     * train} saves it), else with the smoothed click rates learnt from tracking; the journal beside an embedded
     * store file, else in a temporary directory.
     */
    public static AdsContext open(HeedStore store, String tenant, Path ctrModel) {
        return new AdsContext(
                store,
                tenant,
                TrackingPolicy.defaults(),
                20261001L,
                new Models(null, ctrModel),
                null,
                AUCTION_BACKLOG_BYTES,
                null);
    }

    /** With a given tracking policy (tests shorten the human click delay), no click model. */
    public static AdsContext open(HeedStore store, String tenant, TrackingPolicy policy) {
        return open(store, tenant, policy, AUCTION_BACKLOG_BYTES);
    }

    /** As above shedding beyond {@code auctionBacklogBytes} of unloaded auctions (tests of shedding use little). */
    static AdsContext open(HeedStore store, String tenant, TrackingPolicy policy, long auctionBacklogBytes) {
        return new AdsContext(store, tenant, policy, 20261001L, null, null, auctionBacklogBytes, null);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("heed-journal-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create a temporary journal directory", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LoggerFactory.getLogger(AdsContext.class).warn("cannot delete {}: {}", dir, e.toString());
        }
    }

    /** The click model when its file exists (conversions still from the smoothed rates), else the smoothed rates. */
    private static AttentionEstimator estimator(Models models, SmoothedCtrEstimator smoothed) {
        // an unreadable file: Models.Unreadable
        CtrModel model = models == null ? null : models.ctr().orElse(null);
        if (model == null) {
            return smoothed;
        }
        LoggerFactory.getLogger(AdsContext.class)
                .info("ad auction scores clicks with the CTR model {}", models.ctrFile());
        return new CtrModelEstimator(model, smoothed);
    }

    /** Which click estimator the auction uses (for stats and tests). */
    public String attentionSource() {
        return scoring instanceof CtrModelEstimator ? "ctr_model" : "smoothed_ctr";
    }

    /** Re-reads the catalog and serves from it from now on. */
    public void reload() {
        engine.reload(catalog.load());
    }

    /** Re-reads the users' persona labels now (they are also re-read once a minute). */
    public void reloadPersonas() {
        personas.refresh();
    }

    /** The signed impression URL (a path: {@code /v1/track/impression?...}) of an ad of a decision made here. */
    public String impressionUrl(io.heed.ads.decide.Decision d, io.heed.ads.decide.ServedAd ad) {
        return TrackingUrls.of(signer, "", d, ad).impression();
    }

    /** Creates an admin API key with a role (stored as its hash). */
    public void addApiKey(String key, String name, io.heed.ads.port.AdminRole role) {
        admin.add(io.heed.ads.port.ApiKeyRepository.hash(key), name, role);
    }

    /** The tenant whose persona labels serving reads. */
    public String tenant() {
        return tenant;
    }

    public DecisionEngine engine() {
        return engine;
    }

    /**
     * Whether serving must refuse new auctions because the store is too far behind the auction journal (which
     * would otherwise grow until the disk fills). Counted as {@code <route>_shed}.
     */
    boolean shedding(String route) {
        if (log.behind() || trackingLog.behind()) {
            count(route + "_shed");
            return true;
        }
        return false;
    }

    /** Store writes of the auction log that failed (and were retried: nothing is dropped). */
    public long auctionLogFailedWrites() {
        return log.failedWrites();
    }

    /** Auctions an earlier process had journaled but not stored, loaded when this context opened. */
    public long auctionLogRecovered() {
        return log.recovered();
    }

    void count(String problem) {
        problems.computeIfAbsent(problem, k -> new LongAdder()).increment();
    }

    /** Every counter of ad serving, for {@code GET /v1/ads/stats}. */
    Map<String, Object> stats() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("servable_campaigns", engine.servableCampaigns());
        m.put("attention", attentionSource());
        m.put("persona_labels", personas.size());
        m.put("decisions", engine.stats().snapshot());
        m.put("tracking", tracking.counts());
        Map<String, Long> p = new LinkedHashMap<>();
        problems.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> p.put(e.getKey(), e.getValue().sum()));
        m.put("rejected_requests", p);
        m.put(
                "tracking_log",
                Map.of(
                        "pending",
                        trackingLog.pending(),
                        "recovered",
                        trackingLog.recovered(),
                        "failed_writes",
                        trackingLog.failedWrites(),
                        "unreadable",
                        trackingLog.unreadable()));
        m.put(
                "auction_log",
                Map.of(
                        "written",
                        log.written(),
                        "pending",
                        log.pending(),
                        "recovered",
                        log.recovered(),
                        "failed_writes",
                        log.failedWrites(),
                        "unreadable",
                        log.unreadable()));
        return m;
    }

    /** Whether {@link #close} wrote the whole auction log. */
    public boolean auctionLogDrained() {
        return logDrained;
    }

    /**
     * Waits until everything journaled so far (auctions, charges, tracking events) is in the store, up to
     * {@code timeout}; true when it is. Readers of {@code ad_auctions}, {@code ad_spend} or tracked events that
     * must see the latest hits call it first.
     */
    public boolean awaitAuctionLogLoaded(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (log.pending() > 0 || trackingLog.pending() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Decisions journaled and not yet in the store. */
    public long auctionLogPending() {
        return log.pending();
    }

    /** Writes the queued auction log, then stops it. The store stays the caller's. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        logDrained = log.close(300_000) & trackingLog.close(300_000);
        if (!logDrained) {
            LoggerFactory.getLogger(AdsContext.class)
                    .warn(
                            "the auction log did not drain in 5 min; {} decisions "
                                    + "stay journaled for the next start",
                            log.pending());
        } else if (temporaryJournal != null) {
            deleteTree(temporaryJournal);
        }
    }
}
