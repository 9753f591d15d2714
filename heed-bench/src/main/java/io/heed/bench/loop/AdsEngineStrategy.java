package io.heed.bench.loop;

import io.heed.ads.attention.PersonaAdCtrModel;
import io.heed.ads.attention.PersonaCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.port.AttentionEstimator;
import io.heed.sim.AdSpec;
import io.heed.sim.Decision;
import io.heed.sim.Outcome;
import io.heed.sim.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The attention-driven strategy on the product's ad engine: every arrival is a {@link DecisionRequest} to heed-ads'
 * {@link DecisionEngine} (eligibility index, budgets, floor, GSP auction, propensities), its attention estimated by
 * the loop's persona × ad click model through the {@link AttentionEstimator} port.
 *
 * <p>Campaigns come from the world's feed ads: one CPC campaign per ad (bid = the ad's CPC bid, the simulated
 * advertiser campaign as advertiser, so each ad keeps its own click rate), with the given total and daily budgets.
 * Clicks are charged to the engine's {@link BudgetLedger} when the world reports them ({@link #observe}); a campaign
 * whose total or daily budget is then spent is taken out of the catalog the engine serves (for the rest of the
 * day, or for good), since the engine's own budget filter still admits a CPC campaign with nothing left and would
 * serve it unpaid.
 * Pacing is held at throttle 1 (minimum throttle 1): the world asks for a probability per ad, and without
 * throttling the engine's choice is a deterministic function of persona and budgets, each shown ad with the
 * propensity 1 that the engine itself reports. When the engine fills nothing (every budget spent), the publisher
 * fills the slot with an unpaid house ad (uniform over the feed ads, price 0), counted in {@link #houseFills}.
 * The engine's clock is simulated: each decision is {@code stepMillis} after the previous one.
 */
public final class AdsEngineStrategy implements PersonaPolicy {
    public static final String PLACEMENT = "home_feed";
    private static final long DAY_MS = 86_400_000L;
    private final Map<String, String> personaOfUser;
    private final PersonaAdCtrModel model;
    private final List<AdSpec> ads;
    private final int[] candidates;
    private final Map<String, Integer> adOfCampaign = new HashMap<>();
    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final BudgetLedger ledger = new BudgetLedger();
    private final DecisionEngine engine;
    private final Decision houseFill;
    private final List<Advertiser> advertisers;
    private final List<Creative> creatives;
    private final Placement placement = new Placement(PLACEMENT, AdFormat.NATIVE, 0, 0, 1, 0);
    private final Set<String> spentOut = ConcurrentHashMap.newKeySet();
    private volatile long catalogDay = Long.MIN_VALUE;
    private final AtomicLong clock;
    private final long stepMillis;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong houseFills = new AtomicLong();
    private final Map<Integer, ServedAd> lastServed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Budgets in currency units per campaign; {@code start} is the engine's clock at the first decision. */
    public AdsEngineStrategy(
            Map<String, String> personaOfUser,
            PersonaAdCtrModel model,
            List<AdSpec> ads,
            int[] candidates,
            double totalBudget,
            double dailyBudget,
            Instant start,
            long stepMillis) {
        if (candidates.length == 0) {
            throw new IllegalArgumentException("the ad engine needs at least one candidate ad");
        }
        if (stepMillis < 0) {
            throw new IllegalArgumentException("stepMillis must be >= 0, was " + stepMillis);
        }
        this.personaOfUser = Map.copyOf(personaOfUser);
        this.model = model;
        this.ads = List.copyOf(ads);
        this.candidates = candidates.clone();
        this.clock = new AtomicLong(start.toEpochMilli());
        this.stepMillis = stepMillis;
        Schedule always = new Schedule(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Schedule.ALL_HOURS);
        Map<String, Advertiser> advertisers = new LinkedHashMap<>();
        List<Creative> creatives = new ArrayList<>();
        double[] probs = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            AdSpec s = this.ads.get(candidates[i]);
            advertisers.computeIfAbsent(s.campaignId(), id -> new Advertiser(id, id, Status.ACTIVE));
            campaigns.put(
                    s.id(),
                    new Campaign(
                            s.id(),
                            s.campaignId(),
                            s.id(),
                            Status.ACTIVE,
                            Pricing.CPC,
                            s.cpcBid(),
                            totalBudget,
                            dailyBudget,
                            always,
                            Targeting.ANY,
                            List.of()));
            creatives.add(new Creative(
                    s.id() + "-native", s.id(), AdFormat.NATIVE, 0, 0, null, s.landingItemId(), Status.ACTIVE, 1.0));
            adOfCampaign.put(s.id(), candidates[i]);
            probs[i] = 1.0 / candidates.length;
        }
        houseFill = new Decision(candidates, probs, new double[candidates.length]);
        engine = new DecisionEngine(
                new PersonaCtrEstimator(model),
                ledger,
                new FrequencyCapper(),
                new Pacer(ledger, 60_000, 0.5, 0.02, 1.0),
                1L,
                d -> {});
        this.advertisers = List.copyOf(advertisers.values());
        this.creatives = List.copyOf(creatives);
        reload(start.toEpochMilli());
    }

    /** Serves every campaign with budget left on the day of {@code now}. */
    private synchronized void reload(long now) {
        catalogDay = Math.floorDiv(now, DAY_MS);
        spentOut.removeIf(id -> !spent(campaigns.get(id), now));
        engine.reload(new AdCatalog(
                advertisers,
                campaigns.values().stream()
                        .filter(c -> !spentOut.contains(c.id()))
                        .toList(),
                creatives.stream()
                        .filter(c -> !spentOut.contains(c.campaignId()))
                        .toList(),
                List.of(placement)));
    }

    private boolean spent(Campaign c, long now) {
        return ledger.totalMicros(c.id()) >= micros(c.totalBudget())
                || ledger.dailyMicros(c.id(), now) >= micros(c.dailyBudget());
    }

    private static long micros(double amount) {
        return Math.round(amount * 1_000_000);
    }

    @Override
    public String name() {
        return "attention via heed-ads engine";
    }

    @Override
    public String personaOf(Visitor v) {
        return personaOfUser.get(v.userId());
    }

    @Override
    public Decision decide(Visitor v) {
        return decide(v.userId(), personaOf(v), v.geo());
    }

    @Override
    public Decision decideFor(String persona) {
        // the engine uses a persona only for a consenting, identified user: a stand-in id (no caps in the loop)
        return decide(persona == null ? null : "persona:" + persona, persona, null);
    }

    @Override
    public double predict(String persona, int ad) {
        return model.predict(persona, ads.get(ad).id());
    }

    private Decision decide(String userId, String persona, String geo) {
        long now = clock.getAndAdd(stepMillis);
        if (Math.floorDiv(now, DAY_MS) != catalogDay && !spentOut.isEmpty()) {
            reload(now); // a new day: daily budgets are back
        }
        String id = "loop-" + requests.incrementAndGet();
        io.heed.ads.decide.Decision d = engine.decide(DecisionRequest.builder()
                .requestId(id)
                .placement(PLACEMENT)
                .user(userId)
                .consent(true)
                .persona(persona)
                .geo(geo)
                .timestampMillis(now)
                .maxAds(1)
                .build());
        if (!d.filled()) {
            houseFills.incrementAndGet();
            return houseFill;
        }
        ServedAd s = d.ads().get(0);
        if (s.propensity() != 1.0) {
            throw new IllegalStateException("the engine reported propensity " + s.propensity() + " for "
                    + s.candidate().campaignId() + ": pacing should be off in the loop");
        }
        int ad = adOfCampaign.get(s.candidate().campaignId());
        lastServed.put(ad, s);
        return new Decision(new int[] {ad}, new double[] {s.propensity()}, new double[] {s.price()});
    }

    /** Charges a click at the price the world reports to the campaign's budget (never beyond it). */
    @Override
    public void observe(Visitor visitor, Outcome o) {
        if (o.click() && o.revenue() > 0) {
            Campaign c = campaigns.get(ads.get(o.ad()).id());
            if (c != null) {
                long now = clock.get();
                ledger.chargeUpTo(c, micros(o.revenue()), now);
                if (spent(c, now) && spentOut.add(c.id())) {
                    reload(now);
                }
            }
        }
    }

    /** What the engine reported for the last decision that showed this ad (its candidate line, price, propensity). */
    public ServedAd lastServed(int ad) {
        return lastServed.get(ad);
    }

    /** Spend of an ad's campaign so far, in currency units. */
    public double spent(int ad) {
        return ledger.totalMicros(ads.get(ad).id()) / 1e6;
    }

    /** Campaigns taken out because their budget is spent (today or in total). */
    public Set<String> spentOut() {
        return Set.copyOf(spentOut);
    }

    /** Decisions the engine could not fill (every budget spent): served a house ad at price 0. */
    public long houseFills() {
        return houseFills.get();
    }

    public long requests() {
        return requests.get();
    }
}
