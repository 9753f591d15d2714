package io.heed.bench.decide;

import io.heed.ads.decide.DecisionRequest;
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
import io.heed.ads.sql.SqlAdCatalog;
import io.heed.storage.HeedStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded catalog of many active campaigns for the benchmark: each targets a few of 8 personas, 6 geos, 12
 * contexts and 3 devices (or leaves a dimension open), bids CPM, CPC or CPA, and has one native creative for the
 * {@code feed} placement (2 slots). Budgets are large so that throughput runs never exhaust them.
 */
final class BenchCatalog {
    static final String[] PERSONAS = {"commuter", "gamer", "style", "sports", "cook", "tech", "traveller", "streamer"};
    static final String[] GEOS = {"FR", "DE", "US", "GB", "ES", "IT"};
    static final String[] CONTEXTS = {
        "news",
        "sports",
        "gaming",
        "fashion",
        "electronics",
        "travel",
        "food",
        "finance",
        "music",
        "movies",
        "home",
        "beauty"
    };
    static final String[] DEVICES = {"mobile", "desktop", "tablet"};
    static final Schedule ALWAYS = new Schedule(
            Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"), Schedule.ALL_HOURS);

    private BenchCatalog() {}

    static void write(HeedStore store, int campaigns, long seed) {
        AdCatalog c = catalog(campaigns, seed);
        SqlAdCatalog repo = new SqlAdCatalog(store);
        c.advertisers().forEach(repo::upsert);
        c.placements().forEach(repo::upsert);
        repo.upsertAll(c.campaigns(), c.creatives());
    }

    /** The catalog {@link #write} stores, in memory (for the in-process engine loop). */
    static AdCatalog catalog(int campaigns, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Advertiser> advertisers = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            advertisers.add(new Advertiser("adv" + a, "Advertiser " + a, Status.ACTIVE));
        }
        List<Placement> placements = List.of(new Placement("feed", AdFormat.NATIVE, 0, 0, 2, 0.2));
        List<Campaign> cs = new ArrayList<>(campaigns);
        List<Creative> crs = new ArrayList<>(campaigns);
        for (int i = 0; i < campaigns; i++) {
            Pricing p = Pricing.values()[rng.nextInt(10) < 7 ? 0 : rng.nextInt(10) < 7 ? 1 : 2];
            double bid = switch (p) {
                case CPM -> 0.5 + 4 * rng.nextDouble();
                case CPC -> 0.1 + 0.5 * rng.nextDouble();
                case CPA -> 2 + 10 * rng.nextDouble();
            };
            // narrow, as real campaigns are: about 1% of the campaigns match a request
            Targeting t = new Targeting(
                    pick(rng, PERSONAS, 0.9, 1),
                    Set.of(),
                    pick(rng, CONTEXTS, 0.9, 2),
                    pick(rng, GEOS, 0.8, 2),
                    pick(rng, DEVICES, 0.5, 1));
            List<FrequencyCap> caps =
                    rng.nextInt(4) == 0 ? List.of(new FrequencyCap(5, Duration.ofHours(1))) : List.of();
            String id = String.format("c%05d", i);
            cs.add(new Campaign(
                    id,
                    "adv" + rng.nextInt(100),
                    id,
                    Status.ACTIVE,
                    p,
                    Math.round(bid * 100) / 100.0,
                    1e9,
                    1e8,
                    ALWAYS,
                    t,
                    caps));
            crs.add(new Creative(
                    id + "-n",
                    id,
                    AdFormat.NATIVE,
                    0,
                    0,
                    "https://example.com/" + id,
                    null,
                    Status.ACTIVE,
                    0.8 + 0.4 * rng.nextDouble()));
        }
        return new AdCatalog(advertisers, cs, crs, placements);
    }

    /** With probability {@code restrict}, 1..max distinct values; otherwise none (any value). */
    private static Set<String> pick(SplittableRandom rng, String[] values, double restrict, int max) {
        if (rng.nextDouble() >= restrict) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        int n = 1 + rng.nextInt(max);
        while (out.size() < n) {
            out.add(values[rng.nextInt(values.length)]);
        }
        return out;
    }

    /** {@code n} decide request bodies from a seeded mix of users (90% consenting), personas, geos, contexts. */
    static List<String> bodies(int n, long seed) {
        List<String> out = new ArrayList<>(n);
        for (DecisionRequest r : requests(n, seed, 0)) {
            out.add("{\"placement\":\"feed\",\"user\":{\"id\":\"" + r.userId() + "\",\"consent\":{\"advertising\":"
                    + r.advertisingConsent() + "},\"persona\":\"" + r.persona() + "\"},\"context\":{\"category\":\""
                    + r.context() + "\",\"geo\":\"" + r.geo() + "\",\"device\":\"" + r.device() + "\"}}");
        }
        return out;
    }

    /** The requests of {@link #bodies} (same seed, same mix) as the engine takes them, at {@code timestampMillis}. */
    static List<DecisionRequest> requests(int n, long seed, long timestampMillis) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<DecisionRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String user = "u" + rng.nextInt(100_000);
            boolean consent = rng.nextInt(10) != 0;
            out.add(DecisionRequest.builder()
                    .requestId("b" + i)
                    .placement("feed")
                    .user(user)
                    .consent(consent)
                    .persona(PERSONAS[rng.nextInt(PERSONAS.length)])
                    .context(CONTEXTS[rng.nextInt(CONTEXTS.length)])
                    .geo(GEOS[rng.nextInt(GEOS.length)])
                    .device(DEVICES[rng.nextInt(DEVICES.length)])
                    .timestampMillis(timestampMillis)
                    .build());
        }
        return out;
    }
}
