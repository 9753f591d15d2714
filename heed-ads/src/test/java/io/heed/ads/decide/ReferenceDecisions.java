package io.heed.ads.decide;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.port.AttentionEstimator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An independent, deliberately plain implementation of the decision rules for golden comparisons with
 * {@link DecisionEngine}: a scan over every campaign object (no index, no columns), targeting checked rule by rule,
 * one {@link AttentionEstimator#estimate} per candidate, a full sort, a {@link Candidate} per candidate. Owns its
 * ledger, caps and pacer, so it evolves exactly like an engine fed the same requests.
 */
final class ReferenceDecisions {
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::ecpm)
            .reversed()
            .thenComparing(Candidate::campaignId)
            .thenComparing(Candidate::creativeId);

    /** What the reference decided: the winners and every scored candidate in rank order. */
    record Result(List<ServedAd> ads, List<Candidate> ranked) {}

    private final AdCatalog catalog;
    private final Map<String, Advertiser> advertisers;
    private final Map<String, List<Creative>> creatives;
    private final AttentionEstimator attention;
    private final long seed;
    private final BudgetLedger ledger = new BudgetLedger();
    private final FrequencyCapper capper = new FrequencyCapper();
    private final Pacer pacer = Pacer.defaults(ledger);

    ReferenceDecisions(AdCatalog catalog, AttentionEstimator attention, long seed) {
        this.catalog = catalog;
        this.advertisers =
                catalog.advertisers().stream().collect(Collectors.toMap(Advertiser::id, Function.identity()));
        this.creatives = catalog.creatives().stream().collect(Collectors.groupingBy(Creative::campaignId));
        this.attention = attention;
        this.seed = seed;
    }

    Result decide(DecisionRequest r) {
        Placement placement = catalog.placements().stream()
                .filter(p -> p.id().equals(r.placementId()))
                .findFirst()
                .orElse(null);
        if (placement == null) {
            return null;
        }
        long now = r.timestampMillis();
        boolean personal = r.personalised();
        double floor = Math.max(placement.floorCpm(), r.floorCpm());
        int slots = r.maxAds() == 0 ? placement.slots() : Math.min(r.maxAds(), placement.slots());
        int width = r.slotWidth() > 0 ? r.slotWidth() : placement.width();
        int height = r.slotHeight() > 0 ? r.slotHeight() : placement.height();
        List<Candidate> scored = new ArrayList<>();
        for (Campaign c : catalog.campaigns()) {
            Creative cr = bestCreative(c, placement, width, height);
            if (cr == null
                    || !servable(c)
                    || !targets(c.targeting(), r, personal)
                    || !c.schedule().activeAt(now)
                    || BudgetLedger.exhausted(ledger.handle(c.id()), c, now, 1)
                    || !capper.allows(c, r.userId(), now)) {
                continue;
            }
            AttentionEstimator.Attention a = attention.estimate(new AttentionEstimator.Query(
                    personal ? r.userId() : null,
                    personal ? r.persona() : null,
                    r.context(),
                    r.device(),
                    placement.id(),
                    c.id(),
                    cr.id()));
            double unit = c.pricing() == Pricing.CPM
                    ? 1.0
                    : c.pricing() == Pricing.CPC ? 1000 * a.pClick() : 1000 * a.pClick() * a.pConvert();
            double weight = cr.quality() * unit;
            double ecpm = c.bid() * weight;
            if (!(ecpm >= floor) || !(ecpm > 0)) {
                continue;
            }
            double throttle = pacer.throttle(c, now);
            boolean takesPart = throttle >= 1 || Draws.uniform(seed, r.requestId(), c.id()) < throttle;
            scored.add(new Candidate(
                    c.id(),
                    cr.id(),
                    c.advertiserId(),
                    c.pricing(),
                    c.bid(),
                    a.pClick(),
                    a.pConvert(),
                    cr.quality(),
                    weight,
                    ecpm,
                    throttle,
                    takesPart));
        }
        scored.sort(RANKING);
        return new Result(auction(scored, slots, floor, r.userId(), now), scored);
    }

    private List<ServedAd> auction(List<Candidate> ranked, int slots, double floor, String user, long now) {
        List<ServedAd> ads = new ArrayList<>();
        double[] above = new double[slots]; // P(exactly k of the candidates ranked above take part)
        above[0] = 1;
        for (int i = 0; i < ranked.size() && ads.size() < slots; i++) {
            Candidate c = ranked.get(i);
            if (c.participated()) {
                double next = ranked.stream()
                        .skip(i + 1)
                        .filter(Candidate::participated)
                        .mapToDouble(Candidate::ecpm)
                        .findFirst()
                        .orElse(-1);
                double clearing = Math.min(c.ecpm(), Math.max(next, floor));
                double price = Math.min(c.bid(), clearing / c.weight());
                Campaign campaign = campaign(c.campaignId());
                long charge = c.pricing() == Pricing.CPM ? Math.max(1, BudgetLedger.micros(price / 1000)) : 0;
                if (capper.reserve(campaign, user, now) && (charge == 0 || ledger.reserve(campaign, charge, now))) {
                    Creative cr = creatives.get(c.campaignId()).stream()
                            .filter(x -> x.id().equals(c.creativeId()))
                            .findFirst()
                            .orElseThrow();
                    ads.add(new ServedAd(ads.size(), c, cr, price, clearing, charge, c.throttle() * above[ads.size()]));
                }
            }
            for (int k = slots - 1; k > 0; k--) {
                above[k] = above[k] * (1 - c.throttle()) + above[k - 1] * c.throttle();
            }
            above[0] *= 1 - c.throttle();
        }
        return ads;
    }

    private Campaign campaign(String id) {
        return catalog.campaigns().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private boolean servable(Campaign c) {
        Advertiser a = advertisers.get(c.advertiserId());
        return c.status() == Status.ACTIVE && a != null && a.status() == Status.ACTIVE;
    }

    /** The highest-quality (then lowest id) active creative of the campaign that fits the slot. */
    private Creative bestCreative(Campaign c, Placement p, int width, int height) {
        return creatives.getOrDefault(c.id(), List.of()).stream()
                .filter(cr -> cr.status() == Status.ACTIVE)
                .filter(cr -> cr.fits(p.format(), width, height))
                .min(Comparator.comparingDouble(Creative::quality).reversed().thenComparing(Creative::id))
                .orElse(null);
    }

    private static boolean targets(Targeting t, DecisionRequest r, boolean personal) {
        boolean segments =
                t.segments().isEmpty() || (personal && r.segments().stream().anyMatch(t.segments()::contains));
        return accepts(t.personas(), personal ? r.persona() : null)
                && segments
                && accepts(t.contexts(), r.context())
                && accepts(t.geos(), r.geo())
                && accepts(t.devices(), r.device());
    }

    private static boolean accepts(Set<String> accepted, String value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }
}
