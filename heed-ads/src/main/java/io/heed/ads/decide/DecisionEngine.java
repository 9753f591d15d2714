package io.heed.ads.decide;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
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
 * (atomically; a lost race drops that candidate); compute each winner's propensity; hand the decision to the log.
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

    public DecisionEngine(AttentionEstimator attention, BudgetLedger ledger, FrequencyCapper capper, Pacer pacer,
                          long seed, Consumer<Decision> log) {
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
            Decision d = Decision.failed(decisionId, r, Problem.of("unknown_placement", "placement",
                    "no placement '" + r.placementId() + "'"));
            log.accept(d);
            return d;
        }
        long now = r.timestampMillis();
        boolean personal = r.personalised();
        String capUser = r.userId(); // caps are a delivery limit; counts stay in memory only, never logged
        double floor = Math.max(placement.floorCpm(), r.floorCpm());
        int slots = r.maxAds() == 0 ? placement.slots() : Math.min(r.maxAds(), placement.slots());
        List<Candidate> eligible = score(snap, placement, r, personal, capUser, floor, now);
        Ranking ranked = new Ranking(eligible);
        List<ServedAd> ads = runAuction(snap, placement, ranked, slots, floor, capUser, now);
        (ads.isEmpty() ? stats.noFill : stats.filled).increment();
        Decision d = new Decision(decisionId, r.requestId(), placement.id(), now, floor, personal,
                personal ? r.userId() : null, personal ? r.persona() : null, ads, eligible, null);
        log.accept(d);
        return d;
    }

    private List<Candidate> score(ServingSnapshot snap, Placement placement, DecisionRequest r, boolean personal,
                                  String capUser, double floor, long now) {
        long[] bits = snap.index.candidates(placement.format(), r);
        String persona = personal ? r.persona() : null;
        String user = personal ? r.userId() : null;
        int width = r.slotWidth() > 0 ? r.slotWidth() : placement.width();
        int height = r.slotHeight() > 0 ? r.slotHeight() : placement.height();
        FrequencyCapper.UserHistory seen = capper.history(capUser);
        List<CompiledCampaign> passed = new ArrayList<>();
        List<Creative> creatives = new ArrayList<>();
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                CompiledCampaign cc = snap.campaigns[i];
                Campaign c = cc.campaign();
                if (!c.schedule().activeAt(now)) {
                    continue;
                }
                Creative cr = cc.creativeFor(placement.format(), width, height);
                if (cr == null || BudgetLedger.exhausted(cc.spend(), c, now, 1)
                        || !FrequencyCapper.allows(c, seen, now)) {
                    continue;
                }
                passed.add(cc);
                creatives.add(cr);
            }
        }
        // one batch call, so that a model scorer can amortise its per-request work over all candidates
        List<AttentionEstimator.Query> queries = new ArrayList<>(passed.size());
        for (int k = 0; k < passed.size(); k++) {
            queries.add(new AttentionEstimator.Query(user, persona, r.context(), r.device(), placement.id(),
                    passed.get(k).campaign().id(), creatives.get(k).id()));
        }
        List<AttentionEstimator.Attention> attentions = queries.isEmpty() ? List.of()
                : attention.estimateAll(queries);
        List<Candidate> out = new ArrayList<>(passed.size());
        for (int k = 0; k < passed.size(); k++) {
            CompiledCampaign cc = passed.get(k);
            Campaign c = cc.campaign();
            Creative cr = creatives.get(k);
            AttentionEstimator.Attention a = attentions.get(k);
            double weight = cr.quality() * switch (c.pricing()) {
                case CPM -> 1.0;
                case CPC -> 1000 * a.pClick();
                case CPA -> 1000 * a.pClick() * a.pConvert();
            };
            double ecpm = c.bid() * weight;
            if (!(ecpm >= floor) || !(ecpm > 0)) {
                continue;
            }
            double throttle = pacer.throttle(cc.pace(), c, cc.spend(), now);
            boolean takesPart = throttle >= 1 || Draws.uniform(seed, r.requestId(), c.id()) < throttle;
            out.add(new Candidate(c.id(), cr.id(), c.advertiserId(), c.pricing(), c.bid(), a.pClick(),
                    a.pConvert(), cr.quality(), weight, ecpm, throttle, takesPart));
        }
        return out;
    }

    private List<ServedAd> runAuction(ServingSnapshot snap, Placement placement, Ranking ranked, int slots,
                                      double floor, String capUser, long now) {
        List<ServedAd> ads = new ArrayList<>(slots);
        Auction.AboveCounts above = new Auction.AboveCounts(slots);
        for (int i = 0; i < ranked.size() && ads.size() < slots; i++) {
            Candidate c = ranked.get(i);
            if (c.participated()) {
                double next = -1;
                for (int j = i + 1; j < ranked.size(); j++) {
                    Candidate n = ranked.get(j);
                    if (n.participated()) {
                        next = n.ecpm();
                        break;
                    }
                }
                double clearing = Auction.clearingEcpm(c, next, floor);
                double price = Auction.price(c, clearing);
                ServedAd ad = reserve(snap, c, ads.size(), price, clearing, capUser, now, above.p[ads.size()]);
                if (ad != null) {
                    ads.add(ad);
                }
            }
            above.add(c.throttle());
        }
        return ads;
    }

    private ServedAd reserve(ServingSnapshot snap, Candidate c, int position, double price, double clearing,
                             String capUser, long now, double aboveProbability) {
        Campaign campaign = snap.campaignsById.get(c.campaignId());
        long charge = c.pricing() == Pricing.CPM ? Math.max(1, BudgetLedger.micros(price / 1000)) : 0;
        if (!capper.reserve(campaign, capUser, now)) {
            stats.capRaces.increment();
            return null;
        }
        if (charge > 0 && !ledger.reserve(campaign, charge, now)) {
            stats.budgetRaces.increment();
            return null; // the cap slot stays used: a cap may under-deliver by one, never over-deliver
        }
        Creative creative = snap.servableById.get(c.campaignId()).creatives().stream()
                .filter(x -> x.id().equals(c.creativeId())).findFirst().orElseThrow();
        return new ServedAd(position, c, creative, price, clearing, charge, c.throttle() * aboveProbability);
    }
}
