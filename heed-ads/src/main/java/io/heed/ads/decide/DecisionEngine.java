package io.heed.ads.decide;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.port.AttentionEstimator;
import io.heed.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Decides which ads fill a placement. Stages: look up the placement; take candidates from the eligibility index;
 * filter by schedule, budget, frequency caps and floor; score eCPM = bid × weight (quality, and pClick, pConvert
 * from the {@link AttentionEstimator}); draw each candidate's pacing throttle (seeded by request and campaign);
 * run the generalised second-price auction over the participants; reserve budget and caps for each winner
 * (atomically; a lost race drops that candidate); compute each winner's propensity; hand the decision (with its
 * best {@link Decision#LOGGED_CANDIDATES} candidates) to the log.
 * Thread-safe: catalog changes swap in a new snapshot ({@link #reload}).
 */
public final class DecisionEngine {
    private final AttentionEstimator attention;
    private final BudgetLedger ledger;
    private final FrequencyCapper capper;
    private final Pacer pacer;
    private final long seed;
    private final Consumer<Decision> log;
    private final DecisionIds ids = new DecisionIds();
    private final DecisionStats stats = new DecisionStats();
    private volatile ServingSnapshot snapshot;

    public DecisionEngine(
            AttentionEstimator attention,
            BudgetLedger ledger,
            FrequencyCapper capper,
            Pacer pacer,
            long seed,
            Consumer<Decision> log) {
        this.attention = Objects.requireNonNull(attention, "attention");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.capper = Objects.requireNonNull(capper, "capper");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.seed = seed;
        this.log = Objects.requireNonNull(log, "log");
        this.snapshot = new ServingSnapshot(AdCatalog.EMPTY, ledger, pacer);
    }

    /** Serves from this catalog from now on. */
    public void reload(AdCatalog catalog) {
        snapshot = new ServingSnapshot(catalog, ledger, pacer);
    }

    public int servableCampaigns() {
        return snapshot.servableCampaigns();
    }

    /** The campaign as currently loaded (servable or not), or null. */
    public Campaign campaign(String id) {
        return snapshot.campaignsById.get(id);
    }

    public boolean knowsPlacement(String id) {
        return snapshot.placements.containsKey(id);
    }

    /** Forgets frequency-cap history older than the longest cap window of any loaded campaign. */
    public void sweep(long nowMillis) {
        long longest = 0;
        for (Campaign c : snapshot.campaignsById.values()) {
            for (io.heed.ads.model.FrequencyCap cap : c.frequencyCaps()) {
                longest = Math.max(longest, cap.window().toMillis());
            }
        }
        capper.sweep(nowMillis, longest);
    }

    public DecisionStats stats() {
        return stats;
    }

    public BudgetLedger ledger() {
        return ledger;
    }

    public FrequencyCapper capper() {
        return capper;
    }

    public Decision decide(DecisionRequest r) {
        stats.requests.increment();
        ServingSnapshot snap = snapshot;
        String decisionId = ids.next();
        Placement placement = snap.placements.get(r.placementId());
        if (placement == null) {
            stats.unknownPlacement.increment();
            Decision d = Decision.failed(
                    decisionId,
                    r,
                    Problem.of("unknown_placement", "placement", "no placement '" + r.placementId() + "'"));
            log.accept(d);
            return d;
        }
        long now = r.timestampMillis();
        boolean personal = r.personalised();
        String capUser = r.userId(); // caps are a delivery limit; counts stay in memory only, never logged
        double floor = Math.max(placement.floorCpm(), r.floorCpm());
        int slots = r.maxAds() == 0 ? placement.slots() : Math.min(r.maxAds(), placement.slots());
        CandidateTable eligible = score(snap, placement, r, personal, capUser, floor, now);
        Ranking ranked = new Ranking(eligible);
        List<ServedAd> ads = runAuction(eligible, ranked, slots, floor, capUser, now);
        (ads.isEmpty() ? stats.noFill : stats.filled).increment();
        Decision d = new Decision(
                decisionId,
                r.requestId(),
                placement.id(),
                now,
                floor,
                personal,
                personal ? r.userId() : null,
                personal ? r.persona() : null,
                ads,
                eligible,
                eligible.size(),
                null);
        CandidateTable logged = eligible.best(ranked, Decision.LOGGED_CANDIDATES);
        log.accept(logged == eligible ? d : d.withCandidates(logged));
        return d;
    }

    /**
     * Filters the index's candidates (schedule, a fitting creative, budget, caps), scores them, draws their pacing
     * and returns them as a table, in campaign index order. Reads the snapshot's columns, not campaign objects.
     */
    private CandidateTable score(
            ServingSnapshot snap,
            Placement placement,
            DecisionRequest r,
            boolean personal,
            String capUser,
            double floor,
            long now) {
        CampaignColumns cols = snap.columns;
        long[] bits = snap.index.candidates(placement.format(), r);
        int width = r.slotWidth() > 0 ? r.slotWidth() : placement.width();
        int height = r.slotHeight() > 0 ? r.slotHeight() : placement.height();
        FrequencyCapper.UserHistory seen = capper.history(capUser);
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        Scratch scratch = SCRATCH.get().ensure(count);
        int[] passed = scratch.passed;
        int[] creatives = scratch.creatives;
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (!cols.activeAt(i, now)) {
                    continue;
                }
                int cr = cols.creativeFor(i, placement.format(), width, height);
                if (cr < 0
                        || cols.exhausted(i, now)
                        || (seen != null && cols.capped[i] && !FrequencyCapper.allows(cols.campaign[i], seen, now))) {
                    continue;
                }
                passed[n] = i;
                creatives[n] = cr;
                n++;
            }
        }
        double[] pClick = scratch.pClick;
        double[] pConvert = scratch.pConvert;
        if (n > 0) {
            // one batch call, so that a model scorer can amortise its per-request work over all candidates
            String[] campaignIds = scratch.campaignIds;
            String[] creativeIds = scratch.creativeIds;
            for (int k = 0; k < n; k++) {
                campaignIds[k] = cols.id[passed[k]];
                creativeIds[k] = cols.creative[creatives[k]].id();
            }
            attention.estimateAll(
                    new AttentionEstimator.Batch(
                            personal ? r.userId() : null,
                            personal ? r.persona() : null,
                            r.context(),
                            r.device(),
                            placement.id(),
                            campaignIds,
                            creativeIds,
                            n),
                    pClick,
                    pConvert);
        }
        CandidateTable out = new CandidateTable(cols, n);
        long drawKey = Draws.requestKey(seed, r.requestId());
        for (int k = 0; k < n; k++) {
            int i = passed[k];
            double weight = cols.creativeQuality[creatives[k]]
                    * switch (cols.pricing[i]) {
                        case CPM -> 1.0;
                        case CPC -> 1000 * pClick[k];
                        case CPA -> 1000 * pClick[k] * pConvert[k];
                    };
            double ecpm = cols.bid[i] * weight;
            if (!(ecpm >= floor) || !(ecpm > 0)) {
                continue;
            }
            double throttle = pacer.throttle(cols.pace[i], cols.campaign[i], cols.spend[i], now);
            boolean takesPart = throttle >= 1 || Draws.uniform(drawKey, cols.idHash[i]) < throttle;
            out.add(i, creatives[k], pClick[k], pConvert[k], weight, ecpm, throttle, takesPart);
        }
        out.seal();
        return out;
    }

    /**
     * One event loop's working arrays for {@link #score}, grown as needed and reused by every request on that
     * thread: six arrays per request less for the collector (nothing in them outlives the call).
     */
    private static final class Scratch {
        int[] passed = new int[0];
        int[] creatives = new int[0];
        double[] pClick = new double[0];
        double[] pConvert = new double[0];
        String[] campaignIds = new String[0];
        String[] creativeIds = new String[0];

        Scratch ensure(int n) {
            if (passed.length < n) {
                int c = Math.max(n, passed.length * 2);
                passed = new int[c];
                creatives = new int[c];
                pClick = new double[c];
                pConvert = new double[c];
                campaignIds = new String[c];
                creativeIds = new String[c];
            }
            return this;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private List<ServedAd> runAuction(
            CandidateTable t, Ranking ranked, int slots, double floor, String capUser, long now) {
        List<ServedAd> ads = new ArrayList<>(slots);
        Auction.AboveCounts above = new Auction.AboveCounts(slots);
        for (int k = 0; k < ranked.size() && ads.size() < slots; k++) {
            int row = ranked.row(k);
            if (t.participated[row]) {
                double next = -1;
                for (int j = k + 1; j < ranked.size(); j++) {
                    int n = ranked.row(j);
                    if (t.participated[n]) {
                        next = t.ecpm[n];
                        break;
                    }
                }
                double clearing = Auction.clearingEcpm(t.ecpm[row], next, floor);
                double price = Auction.price(t.columns().bid[t.campaign[row]], t.weight[row], clearing);
                ServedAd ad = reserve(t, row, ads.size(), price, clearing, capUser, now, above.p[ads.size()]);
                if (ad != null) {
                    ads.add(ad);
                }
            }
            above.add(t.throttle[row]);
        }
        return ads;
    }

    private ServedAd reserve(
            CandidateTable t,
            int row,
            int position,
            double price,
            double clearing,
            String capUser,
            long now,
            double aboveProbability) {
        CampaignColumns cols = t.columns();
        Campaign campaign = cols.campaign[t.campaign[row]];
        long charge = campaign.pricing() == Pricing.CPM ? Math.max(1, BudgetLedger.micros(price / 1000)) : 0;
        if (!capper.reserve(campaign, capUser, now)) {
            stats.capRaces.increment();
            return null;
        }
        if (charge > 0 && !ledger.reserve(campaign, charge, now)) {
            stats.budgetRaces.increment();
            return null; // the cap slot stays used: a cap may under-deliver by one, never over-deliver
        }
        return new ServedAd(
                position,
                t.row(row),
                cols.creative[t.creative[row]],
                price,
                clearing,
                charge,
                t.throttle[row] * aboveProbability);
    }
}
