package io.heed.store.ads;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.ads.decide.Candidate;
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
import io.heed.ads.port.AdminRole;
import io.heed.ads.port.SpendHistory;
import io.heed.store.HeedStore;
import io.heed.store.Sql;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ad ports over a store; run against every store. */
abstract class AdStoreContract {
    @TempDir
    Path dir;

    abstract HeedStore openFresh(Path dir) throws Exception;

    static final Campaign CAMPAIGN = new Campaign("c1", "a1", "Launch", Status.ACTIVE, Pricing.CPC, 0.4, 100, 10,
            new Schedule(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), 0xFFF000),
            new Targeting(Set.of("gamer", "commuter"), Set.of(), Set.of("gaming"), Set.of("FR", "DE"), Set.of("mobile")),
            List.of(new FrequencyCap(3, Duration.ofHours(1)), new FrequencyCap(10, Duration.ofDays(1))));

    @Test
    void entitiesRoundTripAndUpsertReplaces() throws Exception {
        try (HeedStore store = openFresh(dir)) {
            SqlAdCatalog repo = new SqlAdCatalog(store);
            repo.upsert(new Advertiser("a1", "Acme", Status.ACTIVE));
            repo.upsert(CAMPAIGN);
            Creative cr = new Creative("cr1", "c1", AdFormat.BANNER, 300, 250, "https://acme.example/x", null,
                    Status.ACTIVE, 1.2);
            repo.upsert(cr);
            Placement pl = new Placement("side", AdFormat.BANNER, 300, 250, 1, 0.25);
            repo.upsert(pl);
            AdCatalog cat = repo.load();
            assertThat(cat.campaigns()).containsExactly(CAMPAIGN);
            assertThat(cat.creatives()).containsExactly(cr);
            assertThat(cat.placements()).containsExactly(pl);
            Campaign paused = new Campaign("c1", "a1", "Launch", Status.PAUSED, Pricing.CPC, 0.4, 100, 10,
                    CAMPAIGN.schedule(), CAMPAIGN.targeting(), CAMPAIGN.frequencyCaps());
            Campaign other = new Campaign("c9", "a1", null, Status.ACTIVE, Pricing.CPM, 1, 1, 1, CAMPAIGN.schedule(),
                    null, null);
            repo.upsertAll(List.of(paused, other), List.of());
            assertThat(repo.load().campaigns()).containsExactly(paused, other);
            repo.upsert(new Advertiser("a1", "Acme", Status.PAUSED));
            assertThat(repo.load().advertisers()).containsExactly(new Advertiser("a1", "Acme", Status.PAUSED));
        }
    }

    @Test
    void auctionLogSpendKeysAndSettings() throws Exception {
        try (HeedStore store = openFresh(dir)) {
            Campaign cpm = new Campaign("c2", "a1", "cpm", Status.ACTIVE, Pricing.CPM, 2, 100, 10,
                    new Schedule(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), Schedule.ALL_HOURS),
                    Targeting.ANY, List.of());
            AdCatalog cat = new AdCatalog(List.of(new Advertiser("a1", "Acme", Status.ACTIVE)), List.of(cpm),
                    List.of(new Creative("k", "c2", AdFormat.NATIVE, 0, 0, "https://a.example", null, Status.ACTIVE, 1)),
                    List.of(new Placement("feed", AdFormat.NATIVE, 0, 0, 1, 1.0)));
            SqlAuctionLog log = new SqlAuctionLog(store);
            BudgetLedger ledger = new BudgetLedger();
            DecisionEngine e = new DecisionEngine(SmoothedCtrEstimator.defaults(), ledger, new FrequencyCapper(),
                    Pacer.defaults(ledger), 1, d -> log.append(List.of(d)));
            e.reload(cat);
            long t = Instant.parse("2026-10-02T10:00:00Z").toEpochMilli();
            Decision d = e.decide(new DecisionRequest("r\"1", "feed", "u1", true, "p", Set.of(), null, null, null, t,
                    0, 0));
            e.decide(new DecisionRequest("r2", "nowhere", null, false, null, Set.of(), null, null, null, t, 0, 0));
            assertThat(d.ads()).hasSize(1);
            log.record(List.of(new SpendHistory.Charge("x", "c2", t - 86_400_000L, "click", 500_000)));
            Map<String, SpendHistory.Spent> spent = log.load(Instant.parse("2026-10-02T00:00:00Z").toEpochMilli());
            assertThat(spent.get("c2")).isEqualTo(new SpendHistory.Spent(501_000, 1_000));
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions")).isEqualTo(2);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions WHERE problem = 'unknown_placement'"))
                            .isEqualTo(1);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions WHERE winners LIKE "
                            + "'%\"propensity\":1}%' AND candidates LIKE '%\"ecpm\":2,%'")).isEqualTo(1);
                }
                return null;
            });
            SqlAdAdmin admin = new SqlAdAdmin(store);
            admin.add("hash1", "ops", AdminRole.ADMIN);
            assertThat(admin.roleOf("hash1")).contains(AdminRole.ADMIN);
            assertThat(admin.roleOf("nope")).isEmpty();
            assertThat(admin.getOrCreate("secret", () -> "s1")).isEqualTo("s1");
            assertThat(admin.getOrCreate("secret", () -> "s2")).isEqualTo("s1");
        }
    }

    @Test
    void loggedDecisionsReadBackAsWrittenWithEdgeValues() throws Exception {
        double[] ecpms = {1e300, 123456.789012345, 2, 0.1, 0.012345678901234, 1e-9, 3.3e-310, Double.MIN_VALUE,
            7.5, 1.25, 0.5, 0.25, 0.125, 1e-3, 1e-4};
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < ecpms.length; i++) {
            cands.add(new Candidate("c" + i, "k\"" + i, "a", Pricing.CPA, 0.37 + i, 0.0123456789 / (i + 1),
                    i == 3 ? Double.NaN : 0.05, 1, 1, ecpms[i], i == 4 ? Double.POSITIVE_INFINITY : 1.0 / 3, true));
        }
        ServedAd won = new ServedAd(1, cands.get(0), null, 1e-12, 9.87654321098e15, 1_234, 0.3333333333333333);
        Decision d = new Decision("d1", "r1", "feed", Instant.parse("2026-10-02T10:00:00Z").toEpochMilli(), 0.2, true,
                "u1", "p", List.of(won), cands, cands.size(), null);
        try (HeedStore store = openFresh(dir)) {
            new SqlAuctionLog(store).append(List.of(d));
            store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT candidates, winners, candidates_n FROM ad_auctions")) {
                    assertThat(r.next()).isTrue();
                    String candidates = r.getString(1);
                    String winners = r.getString(2);
                    assertThat(r.getInt(3)).isEqualTo(15);
                    assertThat(candidates + winners).doesNotContain("NaN").doesNotContain("Infinity");
                    List<String> ecpm = field(candidates, "ecpm");
                    assertThat(ecpm).hasSize(Decision.LOGGED_CANDIDATES);
                    for (int i = 0; i < ecpm.size(); i++) {
                        assertClose(ecpm.get(i), ecpms[i]);
                        assertClose(field(candidates, "bid").get(i), 0.37 + i);
                        assertClose(field(candidates, "p_click").get(i), 0.0123456789 / (i + 1));
                    }
                    assertThat(field(candidates, "p_convert").get(3)).isEqualTo("null");
                    assertThat(field(candidates, "throttle").get(4)).isEqualTo("null");
                    assertThat(candidates).contains("\"creative\":\"k\\\"0\"");
                    assertClose(field(winners, "price").get(0), 1e-12);
                    assertClose(field(winners, "clearing_ecpm").get(0), 9.87654321098e15);
                    assertClose(field(winners, "propensity").get(0), 1.0 / 3);
                    assertThat(field(winners, "charged_micros")).containsExactly("1234");
                }
                return null;
            });
        }
    }

    private static List<String> field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":([^,}]+)").matcher(json);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertClose(String text, double expected) {
        assertThat(Double.parseDouble(text)).as(text).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(Math.abs(expected) * 5e-12));
    }
}
