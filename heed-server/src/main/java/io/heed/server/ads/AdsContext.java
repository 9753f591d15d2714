package io.heed.server.ads;

import io.heed.ads.attention.CtrModelEstimator;
import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.port.AttentionEstimator;
import io.heed.models.ctr.CtrModel;
import io.heed.models.ctr.CtrModelFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import io.heed.ads.decide.AsyncLog;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.ads.tracking.TrackingLedger;
import io.heed.ads.tracking.TrackingPolicy;
import io.heed.ads.tracking.TrackingSigner;
import io.heed.store.HeedStore;
import io.heed.store.ads.SqlAdAdmin;
import io.heed.store.ads.SqlAdCatalog;
import io.heed.store.ads.SqlAuctionLog;
import io.heed.store.revenue.PersonaLabels;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Ad delivery wired to the store: the catalog (reloaded after every admin change, so edits serve without a
 * restart), the engine with its ledger restored from recorded spend, the asynchronous auction log, the tracking
 * signer (its secret generated once and kept in the store) and ledger, and the problem counters of the routes.
 */
public final class AdsContext implements AutoCloseable {
    final HeedStore store;
    final SqlAdCatalog catalog;
    final SqlAdAdmin admin;
    final SqlAuctionLog auctionLog;
    final AsyncLog<Decision> log;
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

    /** Decisions the auction-log queue holds while the writer is busy; serving sheds within 1 % of it. */
    static final int AUCTION_LOG_QUEUE = 200_000;

    private AdsContext(HeedStore store, String tenant, TrackingPolicy policy, long seed, Path ctrModel,
                       int auctionLogQueue) {
        this.attention = SmoothedCtrEstimator.defaults();
        this.scoring = estimator(ctrModel, attention); // first: a broken model file fails before threads start
        this.store = store;
        this.tenant = tenant;
        this.catalog = new SqlAdCatalog(store);
        this.admin = new SqlAdAdmin(store);
        this.auctionLog = new SqlAuctionLog(store);
        this.log = new AsyncLog<>("heed-auction-log", auctionLogQueue, 20_000, auctionLog::append);
        BudgetLedger ledger = new BudgetLedger();
        long dayStart = Math.floorDiv(System.currentTimeMillis(), 86_400_000L) * 86_400_000L;
        ledger.restore(auctionLog.load(dayStart), dayStart);
        this.engine = new DecisionEngine(scoring, ledger, new FrequencyCapper(), Pacer.defaults(ledger), seed, log);
        String secret = admin.getOrCreate("tracking_secret", () -> {
            byte[] b = new byte[32];
            new SecureRandom().nextBytes(b);
            return Base64.getEncoder().encodeToString(b);
        });
        this.signer = new TrackingSigner(secret.getBytes(StandardCharsets.UTF_8), policy.ttlMillis());
        this.tracking = new TrackingLedger(policy);
        this.personas = PersonaCache.of(new PersonaLabels(store), tenant);
        personas.refresh();
        reload();
        sweeper.scheduleWithFixedDelay(() -> {
            long now = System.currentTimeMillis();
            engine.sweep(now);
            tracking.sweep(now);
            personas.refresh();
        }, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** Opens on a store whose schema includes the ad tables (migration V2). */
    public static AdsContext open(HeedStore store, String tenant) {
        return open(store, tenant, (Path) null);
    }

    /**
     * As above, predicting clicks with the CTR model saved at {@code ctrModel} when that file exists (as
     * {@code heed ctr train} saves it), else with the smoothed click rates learnt from tracking.
     */
    public static AdsContext open(HeedStore store, String tenant, Path ctrModel) {
        return new AdsContext(store, tenant, TrackingPolicy.defaults(), 20261001L, ctrModel, AUCTION_LOG_QUEUE);
    }

    /** As above with a given tracking policy (tests shorten the human click delay). */
    public static AdsContext open(HeedStore store, String tenant, TrackingPolicy policy) {
        return new AdsContext(store, tenant, policy, 20261001L, null, AUCTION_LOG_QUEUE);
    }

    /** As above with an auction-log queue of {@code auctionLogQueue} decisions (tests of shedding use a small one). */
    static AdsContext open(HeedStore store, String tenant, TrackingPolicy policy, int auctionLogQueue) {
        return new AdsContext(store, tenant, policy, 20261001L, null, auctionLogQueue);
    }

    /** As above with a given tracking policy and CTR model file (may be null or missing). */
    public static AdsContext open(HeedStore store, String tenant, TrackingPolicy policy, Path ctrModel) {
        return new AdsContext(store, tenant, policy, 20261001L, ctrModel, AUCTION_LOG_QUEUE);
    }

    /** The click model when its file exists (conversions still from the smoothed rates), else the smoothed rates. */
    private static AttentionEstimator estimator(Path ctrModel, SmoothedCtrEstimator smoothed) {
        if (ctrModel == null || !Files.isRegularFile(ctrModel)) {
            return smoothed;
        }
        try {
            CtrModel model = CtrModelFiles.load(ctrModel);
            LoggerFactory.getLogger(AdsContext.class).info("ad auction scores clicks with the CTR model {}", ctrModel);
            return new CtrModelEstimator(model, smoothed);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load the CTR model " + ctrModel + ": " + e.getMessage(), e);
        }
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
     * Whether serving must refuse new auctions because the auction-log writer is behind (its queue within 1% of
     * full): an auction served but not logged would be lost to audit and off-policy evaluation. Counted as
     * {@code <route>_shed}.
     */
    boolean shedding(String route) {
        if (log.nearlyFull()) {
            count(route + "_shed");
            return true;
        }
        return false;
    }

    /** Decisions the auction log had to drop (its queue was full). */
    public long auctionLogDropped() {
        return log.dropped();
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
        problems.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> p.put(e.getKey(), e.getValue().sum()));
        m.put("rejected_requests", p);
        m.put("auction_log", Map.of("written", log.written(), "dropped", log.dropped(), "failed", log.failed()));
        return m;
    }

    /** Whether {@link #close} wrote the whole auction log. */
    public boolean auctionLogDrained() {
        return logDrained;
    }

    /** Decisions waiting for the auction-log writer. */
    public int auctionLogPending() {
        return log.pending();
    }

    /** Writes the queued auction log, then stops it. The store stays the caller's. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        logDrained = log.close(300_000);
        if (!logDrained) {
            LoggerFactory.getLogger(AdsContext.class).warn("the auction log did not drain in 5 min; {} decisions "
                    + "left unwritten", log.pending());
        }
    }
}
