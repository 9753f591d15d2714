package io.heed.ads.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Candidate;
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
import io.heed.ads.port.AdminRole;
import io.heed.ads.port.SpendHistory;
import io.heed.events.sql.EventStore;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    static final Campaign CAMPAIGN = new Campaign(
            "c1",
            "a1",
            "Launch",
            Status.ACTIVE,
            Pricing.CPC,
            0.4,
            100,
            10,
            new Schedule(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), 0xFFF000),
            new Targeting(
                    Set.of("gamer", "commuter"), Set.of(), Set.of("gaming"), Set.of("FR", "DE"), Set.of("mobile")),
            List.of(new FrequencyCap(3, Duration.ofHours(1)), new FrequencyCap(10, Duration.ofDays(1))));

    @Test
    void entitiesRoundTripAndUpsertReplaces() throws Exception {
        try (HeedStore store = openFresh(dir)) {
            SqlAdCatalog repo = new SqlAdCatalog(store);
            repo.upsert(new Advertiser("a1", "Acme", Status.ACTIVE));
            repo.upsert(CAMPAIGN);
            Creative cr = new Creative(
                    "cr1", "c1", AdFormat.BANNER, 300, 250, "https://acme.example/x", null, Status.ACTIVE, 1.2);
            repo.upsert(cr);
            Placement pl = new Placement("side", AdFormat.BANNER, 300, 250, 1, 0.25);
            repo.upsert(pl);
            AdCatalog cat = repo.load();
            assertThat(cat.campaigns()).containsExactly(CAMPAIGN);
            assertThat(cat.creatives()).containsExactly(cr);
            assertThat(cat.placements()).containsExactly(pl);
            Campaign paused = new Campaign(
                    "c1",
                    "a1",
                    "Launch",
                    Status.PAUSED,
                    Pricing.CPC,
                    0.4,
                    100,
                    10,
                    CAMPAIGN.schedule(),
                    CAMPAIGN.targeting(),
                    CAMPAIGN.frequencyCaps());
            Campaign other = new Campaign(
                    "c9", "a1", null, Status.ACTIVE, Pricing.CPM, 1, 1, 1, CAMPAIGN.schedule(), null, null);
            repo.upsertAll(List.of(paused, other), List.of());
            assertThat(repo.load().campaigns()).containsExactly(paused, other);
            repo.upsert(new Advertiser("a1", "Acme", Status.PAUSED));
            assertThat(repo.load().advertisers()).containsExactly(new Advertiser("a1", "Acme", Status.PAUSED));
        }
    }

    @Test
    void auctionLogSpendKeysAndSettings() throws Exception {
        try (HeedStore store = openFresh(dir)) {
            Campaign cpm = new Campaign(
                    "c2",
                    "a1",
                    "cpm",
                    Status.ACTIVE,
                    Pricing.CPM,
                    2,
                    100,
                    10,
                    new Schedule(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), Schedule.ALL_HOURS),
                    Targeting.ANY,
                    List.of());
            AdCatalog cat = new AdCatalog(
                    List.of(new Advertiser("a1", "Acme", Status.ACTIVE)),
                    List.of(cpm),
                    List.of(new Creative(
                            "k", "c2", AdFormat.NATIVE, 0, 0, "https://a.example", null, Status.ACTIVE, 1)),
                    List.of(new Placement("feed", AdFormat.NATIVE, 0, 0, 1, 1.0)));
            SqlAuctionLog log = new SqlAuctionLog(store);
            BudgetLedger ledger = new BudgetLedger();
            DecisionEngine e = new DecisionEngine(
                    SmoothedCtrEstimator.defaults(),
                    ledger,
                    new FrequencyCapper(),
                    Pacer.defaults(ledger),
                    1,
                    d -> log.append(List.of(d)));
            e.reload(cat);
            long t = Instant.parse("2026-10-02T10:00:00Z").toEpochMilli();
            Decision d = e.decide(DecisionRequest.builder()
                    .requestId("r\"1")
                    .placement("feed")
                    .user("u1")
                    .consent(true)
                    .persona("p")
                    .timestampMillis(t)
                    .build());
            e.decide(DecisionRequest.builder()
                    .requestId("r2")
                    .placement("nowhere")
                    .timestampMillis(t)
                    .build());
            assertThat(d.ads()).hasSize(1);
            log.record(List.of(new SpendHistory.Charge("x", "c2", t - 86_400_000L, "click", 500_000)));
            Map<String, SpendHistory.Spent> spent =
                    log.load(Instant.parse("2026-10-02T00:00:00Z").toEpochMilli());
            assertThat(spent.get("c2")).isEqualTo(new SpendHistory.Spent(501_000, 1_000));
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions")).isEqualTo(2);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions WHERE problem = 'unknown_placement'"))
                            .isEqualTo(1);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auction_winners WHERE propensity = 1"))
                            .isEqualTo(1);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auction_candidates WHERE ecpm = 2"))
                            .isEqualTo(1);
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

    /**
     * The journal's exactly-once loading rests on this: auction rows and their charges commit or roll back with the
     * transaction they are written in (DuckDB's Appender alone commits on its own).
     */
    @Test
    void auctionRowsAndChargesRollBackWithTheirTransaction() throws Exception {
        Candidate cand = new Candidate("c1", "k1", "a", Pricing.CPM, 2, 0.01, 0.1, 1, 1, 2, 1, true);
        Decision d = new Decision(
                "d-rollback",
                "r",
                "feed",
                Instant.parse("2026-10-02T10:00:00Z").toEpochMilli(),
                0,
                true,
                "u1",
                "p",
                List.of(new ServedAd(0, cand, null, 1.5, 1.5, 1_500, 1)),
                List.of(cand),
                1,
                null);
        try (HeedStore store = openFresh(dir)) {
            SqlAuctionLog log = new SqlAuctionLog(store);
            for (int attempt = 0; attempt < 2; attempt++) { // the second sees what the first left in the stage
                assertThatThrownBy(() -> store.write(c -> {
                            log.appendRows(c, List.of(AuctionRow.of(d)));
                            log.appendCharges(c, List.of(new SpendHistory.Charge("d-rollback", "c1", 0, "click", 7)));
                            throw new java.sql.SQLException("failed after the rows (test)");
                        }))
                        .hasMessageContaining("failed after the rows");
            }
            store.write(c -> {
                log.appendRows(c, List.of(AuctionRow.of(d)));
                return null;
            });
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions")).isEqualTo(1);
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_spend")).isEqualTo(1);
                    assertThat(Sql.count(s, "SELECT SUM(micros) FROM ad_spend")).isEqualTo(1_500);
                }
                return null;
            });
        }
    }

    @Test
    void trackedHitsReadBackSinceATimeForTheirTenantOnly() throws Exception {
        Instant at = Instant.parse("2026-10-02T10:00:00.250Z");
        java.util.function.BiFunction<String, String, io.heed.events.model.Event> event =
                (tenant, id) -> io.heed.events.model.Event.builder()
                        .tenantId(tenant)
                        .eventId(id)
                        .type("click")
                        .userId("u1")
                        .adId("k1")
                        .timestamp(at)
                        .build();
        try (HeedStore store = openFresh(dir)) {
            EventStore.of(store)
                    .append(
                            "test",
                            List.of(
                                    event.apply("t", "ad-click-d-1-0"),
                                    event.apply("t", "e-other"),
                                    event.apply("t2", "ad-click-d-2-0")),
                            List.of());
            java.util.Map<String, Long> hits = new java.util.HashMap<>();
            long n = new SqlTrackedHits(store).forEachSince("t", at.toEpochMilli() - 1, hits::put);
            assertThat(n).isEqualTo(1);
            assertThat(hits).containsExactly(java.util.Map.entry("ad-click-d-1-0", at.toEpochMilli()));
            assertThat(new SqlTrackedHits(store).forEachSince("t", at.toEpochMilli() + 1, hits::put))
                    .isZero();
        }
    }

    @Test
    void loggedDecisionsReadBackAsWrittenWithEdgeValues() throws Exception {
        double[] ecpms = {
            1e300,
            123456.789012345,
            2,
            0.1,
            0.012345678901234,
            1e-9,
            3.3e-310,
            Double.MIN_VALUE,
            7.5,
            1.25,
            0.5,
            0.25,
            0.125,
            1e-3,
            1e-4
        };
        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < ecpms.length; i++) {
            cands.add(new Candidate(
                    "c" + i,
                    "k\"" + i,
                    "a",
                    Pricing.CPA,
                    0.37 + i,
                    0.0123456789 / (i + 1),
                    i == 3 ? Double.NaN : 0.05,
                    1,
                    1,
                    ecpms[i],
                    i == 4 ? Double.POSITIVE_INFINITY : 1.0 / 3,
                    true));
        }
        ServedAd won = new ServedAd(1, cands.get(0), null, 1e-12, 9.87654321098e15, 1_234, 0.3333333333333333);
        Decision d = new Decision(
                "d1",
                "r1",
                "feed",
                Instant.parse("2026-10-02T10:00:00Z").toEpochMilli(),
                0.2,
                true,
                "u1",
                "p",
                List.of(won),
                cands,
                cands.size(),
                null);
        try (HeedStore store = openFresh(dir)) {
            new SqlAuctionLog(store).append(List.of(d));
            store.write(c -> {
                try (Statement s = c.createStatement()) { // a row as written before ads schema v2: objects with keys
                    s.execute("INSERT INTO ad_auctions VALUES ('d0', 'r0', 'feed', TIMESTAMP '2026-10-01 09:00:00', 0, "
                            + "false, NULL, NULL, NULL, 1, '[{\"campaign\":\"old\",\"creative\":\"k\",\"pricing\":\"cpm\","
                            + "\"bid\":2,\"p_click\":0.5,\"p_convert\":null,\"ecpm\":2,\"throttle\":1,\"participated\":true}]', "
                            + "'[{\"position\":0,\"campaign\":\"old\",\"creative\":\"k\",\"price\":1.5,"
                            + "\"clearing_ecpm\":1.5,\"charged_micros\":1500,\"propensity\":1}]')");
                }
                return null;
            });
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    try (ResultSet r =
                            s.executeQuery("SELECT candidates_n FROM ad_auctions WHERE decision_id = 'd1'")) {
                        assertThat(r.next()).isTrue();
                        assertThat(r.getInt(1)).isEqualTo(15);
                    }
                    assertThat(Sql.count(
                                    s,
                                    "SELECT COUNT(*) FROM ad_auctions WHERE candidates LIKE '%NaN%' "
                                            + "OR candidates LIKE '%Infinity%' OR winners LIKE '%NaN%'"))
                            .isZero();
                    try (ResultSet r = s.executeQuery("SELECT rank, campaign_id, creative_id, pricing, bid, p_click, "
                            + "p_convert, ecpm, throttle, participated FROM ad_auction_candidates "
                            + "WHERE decision_id = 'd1' ORDER BY rank")) {
                        for (int i = 0; i < Decision.LOGGED_CANDIDATES; i++) {
                            assertThat(r.next()).as("candidate %d", i).isTrue();
                            assertThat(r.getInt(1)).isEqualTo(i + 1);
                            assertThat(r.getString(2)).isEqualTo("c" + i);
                            assertThat(r.getString(3)).isEqualTo("k\"" + i);
                            assertThat(r.getString(4)).isEqualTo("cpa");
                            assertRelative(r.getDouble(5), 0.37 + i);
                            assertRelative(r.getDouble(6), 0.0123456789 / (i + 1));
                            assertThat(nullableDouble(r, 7))
                                    .as("NaN reads as NULL")
                                    .isEqualTo(i == 3 ? null : 0.05);
                            assertRelative(r.getDouble(8), ecpms[i]);
                            Double throttle = nullableDouble(r, 9);
                            if (i == 4) {
                                assertThat(throttle)
                                        .as("infinity reads as NULL")
                                        .isNull();
                            } else {
                                assertRelative(throttle, 1.0 / 3);
                            }
                            assertThat(r.getBoolean(10)).isTrue();
                        }
                        assertThat(r.next())
                                .as("only the best %d are logged", Decision.LOGGED_CANDIDATES)
                                .isFalse();
                    }
                    try (ResultSet r =
                            s.executeQuery("SELECT position, campaign_id, creative_id, price, clearing_ecpm, "
                                    + "charged_micros, propensity FROM ad_auction_winners ORDER BY decision_id")) {
                        assertThat(r.next()).isTrue();
                        assertThat(r.getString(2))
                                .as("the pre-v4 row reads the same way")
                                .isEqualTo("old");
                        assertThat(r.getDouble(4)).isEqualTo(1.5);
                        assertThat(r.getLong(6)).isEqualTo(1_500);
                        assertThat(r.next()).isTrue();
                        assertThat(r.getInt(1)).isEqualTo(1);
                        assertThat(r.getString(2)).isEqualTo("c0");
                        assertThat(r.getString(3)).isEqualTo("k\"0");
                        assertRelative(r.getDouble(4), 1e-12);
                        assertRelative(r.getDouble(5), 9.87654321098e15);
                        assertThat(r.getLong(6)).isEqualTo(1_234);
                        assertRelative(r.getDouble(7), 1.0 / 3);
                        assertThat(r.next()).isFalse();
                    }
                    assertThat(
                                    Sql.count(
                                            s,
                                            "SELECT COUNT(*) FROM ad_auction_candidates WHERE decision_id = 'd0' "
                                                    + "AND campaign_id = 'old' AND rank = 1 AND bid = 2 AND p_convert IS NULL AND participated"))
                            .isEqualTo(1);
                }
                return null;
            });
        }
    }

    private static Double nullableDouble(ResultSet r, int column) throws java.sql.SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    private static void assertRelative(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, org.assertj.core.data.Offset.offset(Math.abs(expected) * 5e-12));
    }
}
