package io.heed.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
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
import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The demo's ad stage: the simulator's first day of ad slots re-run as auctions. Every ad impression the simulated
 * publisher logged on day one becomes a decision request (its time, user, placement, device, geo, the page's item
 * category); the simulator's campaigns bid (CPM, every third CPC) with daily budgets below their demand, so pacing
 * and budgets bind. A shown ad is clicked with the simulator's true click probability (its published attention
 * model, with the user's persona's category weights standing in for the user's own interests, and no fatigue
 * term), and clicks teach the attention estimator. Prints per campaign: impressions, clicks, spend against budget,
 * spend per 4-hour block, CTR, eCPM; and the publisher's revenue.
 */
final class DemoAdsStep {
    private static final long DAY_MS = 86_400_000L;
    private final Path sim;
    private final long seed;

    DemoAdsStep(Path sim, long seed) {
        this.sim = sim;
        this.seed = seed;
    }

    private record Slot(
            long ts, String user, String placement, int position, String device, String geo, String context) {}

    private static final class Tally {
        long impressions;
        long clicks;
        long spentMicros;
        final long[] blockMicros = new long[6];
    }

    void run(PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        JsonNode model = json.readTree(sim.resolve("truth/attention_model.json").toFile());
        Map<String, JsonNode> personas = new HashMap<>();
        for (JsonNode p :
                json.readTree(sim.resolve("truth/persona_definitions.json").toFile())) {
            personas.put(p.get("name").asText(), p);
        }
        Map<String, String> personaOf = columns(sim.resolve("truth/personas.csv"), 0, 1);
        Map<String, String> adConsent = columns(sim.resolve("users.csv"), 0, 3);
        Map<String, String> itemCategory = columns(sim.resolve("items.csv"), 0, 2);
        Map<String, String> creativeQuality = columns(sim.resolve("truth/ads.csv"), 0, 1);
        List<String[]> ads = rows(sim.resolve("ads.csv"));
        List<Slot> slots = daySlots(sim.resolve("events.csv"), itemCategory);
        if (slots.isEmpty()) {
            out.println("    no ad slots in the simulation's first day");
            return;
        }
        long dayStart = Math.floorDiv(slots.get(0).ts(), DAY_MS) * DAY_MS;
        AdCatalog catalog = catalog(ads, slots.size(), personas, dayStart);
        Map<String, Campaign> campaigns = new HashMap<>();
        catalog.campaigns().forEach(c -> campaigns.put(c.id(), c));
        Map<String, String> categoryOf = new HashMap<>();
        ads.forEach(a -> categoryOf.put(a[0], a[3]));

        BudgetLedger ledger = new BudgetLedger();
        SmoothedCtrEstimator attention = SmoothedCtrEstimator.defaults();
        DecisionEngine engine =
                new DecisionEngine(attention, ledger, new FrequencyCapper(), Pacer.defaults(ledger), seed, d -> {});
        engine.reload(catalog);
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, Tally> tally = new LinkedHashMap<>();
        long n = 0;
        long filled = 0;
        for (Slot s : slots) {
            boolean consent = s.user() != null && "true".equals(adConsent.get(s.user()));
            String persona = s.user() == null ? null : personaOf.get(s.user());
            Decision d = engine.decide(DecisionRequest.builder()
                    .requestId("demo-" + n++)
                    .placement(s.placement())
                    .user(s.user())
                    .consent(consent)
                    .persona(persona)
                    .context(s.context())
                    .geo(s.geo())
                    .device(s.device())
                    .timestampMillis(s.ts())
                    .maxAds(1)
                    .build());
            if (!d.filled()) {
                continue;
            }
            filled++;
            ServedAd a = d.ads().get(0);
            String cid = a.candidate().campaignId();
            Tally t = tally.computeIfAbsent(cid, k -> new Tally());
            int block = (int) Math.min(5, (s.ts() - dayStart) / (4 * 3_600_000L));
            t.impressions++;
            t.spentMicros += a.chargedMicros();
            t.blockMicros[block] += a.chargedMicros();
            attention.impression(cid, d.persona());
            double p = trueClick(
                    model,
                    personas.get(persona),
                    categoryOf.get(a.creative().id()),
                    Double.parseDouble(creativeQuality.getOrDefault(a.creative().id(), "0")),
                    a.creative().format(),
                    s.position());
            if (rng.nextDouble() < p) {
                t.clicks++;
                attention.click(cid, d.persona());
                if (a.candidate().pricing() == Pricing.CPC) {
                    long c = ledger.chargeUpTo(campaigns.get(cid), Math.round(a.price() * 1e6), s.ts());
                    t.spentMicros += c;
                    t.blockMicros[block] += c;
                }
            }
        }
        print(out, tally, campaigns, slots.size(), filled, (System.nanoTime() - t0) / 1e9);
    }

    /** The simulator's ad click probability (README: the attention model), fatigue left out. */
    private static double trueClick(
            JsonNode m, JsonNode persona, String category, double creative, AdFormat format, int position) {
        double aff = 0;
        double responsiveness = 1;
        if (persona != null) {
            double w = persona.get("category_weights").path(category).asDouble(1.0 / 12);
            aff = Math.max(-3, Math.min(2, Math.log(12 * Math.max(w, 1e-9))));
            responsiveness = persona.get("ad_responsiveness").asDouble(1);
        }
        double effect = m.get(format.wire() + "_effect").asDouble();
        double logit = m.get("ad_click_base").asDouble()
                + m.get("ad_click_affinity").asDouble() * aff
                + creative
                + effect
                + Math.log(responsiveness)
                - m.get("position_bias").asDouble() * Math.log1p(position);
        return 1 / (1 + Math.exp(-logit));
    }

    /**
     * One campaign per simulated campaign, its ads as creatives. Daily budgets total 60% of what all slots would
     * cost at the campaigns' bids, shared by bid, so budgets bind and pacing matters. Half the campaigns target the
     * personas whose top categories include theirs, the other half the pages of their category or run of network.
     */
    private static AdCatalog catalog(List<String[]> ads, int slots, Map<String, JsonNode> personas, long dayStart) {
        Map<String, List<String[]>> byCampaign = new LinkedHashMap<>();
        ads.forEach(
                a -> byCampaign.computeIfAbsent(a[2], k -> new ArrayList<>()).add(a));
        Schedule day = new Schedule(
                Instant.ofEpochMilli(dayStart), Instant.ofEpochMilli(dayStart + DAY_MS), Schedule.ALL_HOURS);
        List<Advertiser> advertisers = new ArrayList<>();
        List<Campaign> campaigns = new ArrayList<>();
        List<Creative> creatives = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        double perCampaignBudget = 0.6 * slots * 2.5 / 1000 / byCampaign.size();
        int i = 0;
        for (Map.Entry<String, List<String[]>> e : byCampaign.entrySet()) {
            String[] first = e.getValue().get(0);
            if (seen.add(first[1])) {
                advertisers.add(new Advertiser(first[1], first[1], Status.ACTIVE));
            }
            double bidCpm = e.getValue().stream()
                    .mapToDouble(a -> Double.parseDouble(a[5]))
                    .max()
                    .orElse(1);
            boolean cpc = i % 3 == 2;
            String category = first[3];
            Targeting t;
            if (i % 2 == 0) {
                Set<String> fans = new java.util.HashSet<>();
                personas.forEach((name, p) -> p.get("top_categories").forEach(c -> {
                    if (c.asText().equals(category)) {
                        fans.add(name);
                    }
                }));
                t = new Targeting(fans, Set.of(), Set.of(), Set.of(), Set.of());
            } else {
                t = i % 4 == 1
                        ? new Targeting(Set.of(), Set.of(), Set.of(category), Set.of(), Set.of())
                        : Targeting.ANY;
            }
            double budget = Math.max(0.05, perCampaignBudget * bidCpm / 2.5);
            campaigns.add(new Campaign(
                    e.getKey(),
                    first[1],
                    e.getKey(),
                    Status.ACTIVE,
                    cpc ? Pricing.CPC : Pricing.CPM,
                    cpc ? Math.round(bidCpm / 10 * 1000) / 1000.0 : bidCpm,
                    budget,
                    budget,
                    day,
                    t,
                    List.of(new FrequencyCap(3, Duration.ofHours(1)))));
            for (String[] a : e.getValue()) {
                AdFormat f = AdFormat.parse("format", a[4]);
                int w = f == AdFormat.BANNER ? 300 : f == AdFormat.VIDEO ? 640 : 0;
                int h = f == AdFormat.BANNER ? 250 : f == AdFormat.VIDEO ? 480 : 0;
                creatives.add(new Creative(a[0], e.getKey(), f, w, h, null, a[6], Status.ACTIVE, 1.0));
            }
            i++;
        }
        List<Placement> placements = List.of(
                new Placement("home_feed", AdFormat.NATIVE, 0, 0, 1, 0.5),
                new Placement("article_sidebar", AdFormat.BANNER, 300, 250, 1, 0.3),
                new Placement("video_preroll", AdFormat.VIDEO, 640, 480, 1, 2.0));
        return new AdCatalog(advertisers, campaigns, creatives, placements);
    }

    /** The ad impressions of the first simulated day (events.csv is time-ordered). */
    private static List<Slot> daySlots(Path events, Map<String, String> itemCategory) throws IOException {
        List<Slot> out = new ArrayList<>();
        long end = Long.MAX_VALUE;
        try (BufferedReader r = Files.newBufferedReader(events)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                long ts = Instant.parse(f[7]).toEpochMilli();
                if (end == Long.MAX_VALUE) {
                    end = (Math.floorDiv(ts, DAY_MS) + 1) * DAY_MS;
                }
                if (ts >= end) {
                    break;
                }
                if (!"impression".equals(f[2]) || f[6].isEmpty()) {
                    continue;
                }
                String page = f[15];
                String context = page.startsWith("item/") ? itemCategory.get(page.substring(5)) : null;
                out.add(new Slot(
                        ts,
                        f[3].isEmpty() ? null : f[3],
                        f[9],
                        f[10].isEmpty() ? 0 : Integer.parseInt(f[10]),
                        f[11],
                        f[13],
                        context));
            }
        }
        return out;
    }

    private static void print(
            PrintStream out,
            Map<String, Tally> tally,
            Map<String, Campaign> campaigns,
            int slots,
            long filled,
            double seconds) {
        long revenue = tally.values().stream().mapToLong(t -> t.spentMicros).sum();
        long clicks = tally.values().stream().mapToLong(t -> t.clicks).sum();
        out.printf(
                "    %,d ad slots in day one, %,d filled by %d of %d campaigns in %.1f s; %,d clicks (CTR %.2f%%)%n",
                slots, filled, tally.size(), campaigns.size(), seconds, clicks, 100.0 * clicks / Math.max(1, filled));
        out.printf(
                "    publisher revenue %.2f; %d campaigns spent >= 95%% of their daily budget%n",
                revenue / 1e6,
                tally.entrySet().stream()
                        .filter(e -> e.getValue().spentMicros
                                >= 0.95e6 * campaigns.get(e.getKey()).dailyBudget())
                        .count());
        out.println("    top campaigns by spend (pacing: % of the daily budget spent in each 4-hour block, UTC):");
        out.printf(
                "    %-8s %-7s %8s %6s %6s %7s %13s  %s%n",
                "campaign",
                "pricing",
                "impr",
                "clicks",
                "CTR%",
                "eCPM",
                "spend/budget",
                "00-04 04-08 08-12 12-16 16-20 20-24");
        tally.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().spentMicros)
                        .reversed())
                .limit(12)
                .forEach(e -> {
                    Tally t = e.getValue();
                    Campaign c = campaigns.get(e.getKey());
                    StringBuilder curve = new StringBuilder();
                    for (long b : t.blockMicros) {
                        curve.append(String.format("%5.0f ", 100 * b / (c.dailyBudget() * 1e6)));
                    }
                    out.printf(
                            "    %-8s %-7s %,8d %6d %6.2f %7.2f %6.2f/%6.2f  %s%n",
                            e.getKey(),
                            c.pricing().wire(),
                            t.impressions,
                            t.clicks,
                            100.0 * t.clicks / Math.max(1, t.impressions),
                            1000.0 * t.spentMicros / 1e6 / Math.max(1, t.impressions),
                            t.spentMicros / 1e6,
                            c.dailyBudget(),
                            curve);
                });
    }

    /** Two columns of a simple CSV (no quoted commas before the columns read) as a map. */
    private static Map<String, String> columns(Path csv, int key, int value) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String[] f : rows(csv)) {
            m.put(f[key], f[value]);
        }
        return m;
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(csv)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    out.add(line.split(",", -1));
                }
            }
        }
        return out;
    }
}
