package io.heed.ads.decide;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Small catalogs for tests. */
final class Fixtures {
    static final long NOON = Instant.parse("2026-10-01T12:00:00Z").toEpochMilli();
    static final Schedule ALWAYS = new Schedule(
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), Schedule.ALL_HOURS);

    final List<Advertiser> advertisers = new ArrayList<>(List.of(new Advertiser("adv", "Adv", Status.ACTIVE)));
    final List<Campaign> campaigns = new ArrayList<>();
    final List<Creative> creatives = new ArrayList<>();
    final List<Placement> placements = new ArrayList<>(List.of(
            new Placement("feed", AdFormat.NATIVE, 0, 0, 2, 0.5),
            new Placement("side", AdFormat.BANNER, 300, 250, 1, 0.0)));
    final List<Decision> logged = new CopyOnWriteArrayList<>();

    static Campaign cpm(String id, double bid, Targeting t) {
        return campaign(id, Pricing.CPM, bid, 1000, 1000, t, List.of());
    }

    static Campaign campaign(
            String id, Pricing pricing, double bid, double total, double daily, Targeting t, List<FrequencyCap> caps) {
        return new Campaign(id, "adv", id, Status.ACTIVE, pricing, bid, total, daily, ALWAYS, t, caps);
    }

    static Targeting geo(String... geos) {
        return new Targeting(Set.of(), Set.of(), Set.of(), Set.of(geos), Set.of());
    }

    static Targeting persona(String... ps) {
        return new Targeting(Set.of(ps), Set.of(), Set.of(), Set.of(), Set.of());
    }

    Fixtures add(Campaign c) {
        campaigns.add(c);
        creatives.add(new Creative(
                c.id() + "-n",
                c.id(),
                AdFormat.NATIVE,
                0,
                0,
                "https://example.com/" + c.id(),
                null,
                Status.ACTIVE,
                1.0));
        creatives.add(new Creative(
                c.id() + "-b",
                c.id(),
                AdFormat.BANNER,
                300,
                250,
                "https://example.com/" + c.id(),
                null,
                Status.ACTIVE,
                1.0));
        return this;
    }

    AdCatalog catalog() {
        return new AdCatalog(advertisers, campaigns, creatives, placements);
    }

    DecisionEngine engine() {
        return engine(SmoothedCtrEstimator.defaults());
    }

    DecisionEngine engine(io.heed.ads.port.AttentionEstimator attention) {
        BudgetLedger ledger = new BudgetLedger();
        DecisionEngine e =
                new DecisionEngine(attention, ledger, new FrequencyCapper(), Pacer.defaults(ledger), 42, logged::add);
        e.reload(catalog());
        return e;
    }

    static DecisionRequest request(
            String id, String placement, String user, boolean consent, String persona, String geo) {
        return DecisionRequest.builder()
                .requestId(id)
                .placement(placement)
                .user(user)
                .consent(consent)
                .persona(persona)
                .context("news")
                .geo(geo)
                .device("mobile")
                .timestampMillis(NOON)
                .build();
    }
}
