package io.heed.bench.decide;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.sql.SqlAdCatalog;
import io.heed.bench.load.HttpLoadGenerator;
import io.heed.bench.load.LoadPlan;
import io.heed.bench.load.LoadReport;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget and frequency-cap correctness under concurrent HTTP load: 20 CPM campaigns with small budgets (0.50) and a
 * cap of 3 impressions per user per hour share a placement; 64 connections post decisions for 300 users until
 * budgets run out. Then, from what the server logged (every CPM impression's charge in {@code ad_spend}, joined to
 * the decision's user in {@code ad_auctions}): the worst overspend in percent of budget, and the (campaign, user)
 * pairs over their cap (the run lasts far less than the one-hour window, so a pair's count is its window count).
 */
final class BudgetCapLoad {
    static final int CAMPAIGNS = 20;
    static final double BUDGET = 0.50;
    static final int CAP = 3;

    record Result(
            double overspendPct, long capViolations, long impressions, double spent, double budget, LoadReport load) {}

    static void setUp(HeedStore store) {
        SqlAdCatalog repo = new SqlAdCatalog(store);
        repo.upsert(new Placement("tight", AdFormat.BANNER, 300, 250, 1, 0.0));
        List<Campaign> cs = new ArrayList<>();
        List<Creative> crs = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS; i++) {
            String id = String.format("t%02d", i);
            cs.add(new Campaign(
                    id,
                    "adv0",
                    id,
                    Status.ACTIVE,
                    Pricing.CPM,
                    1.0 + 0.1 * i,
                    BUDGET,
                    BUDGET,
                    BenchCatalog.ALWAYS,
                    Targeting.ANY,
                    List.of(new FrequencyCap(CAP, Duration.ofHours(1)))));
            crs.add(new Creative(
                    id + "-b", id, AdFormat.BANNER, 300, 250, "https://example.com/" + id, null, Status.ACTIVE, 1.0));
        }
        repo.upsertAll(cs, crs);
    }

    /** Runs the load; the caller flushes the auction log before {@link #check}. */
    static LoadReport load(HeedServer server, long requests) {
        URI url = URI.create("http://127.0.0.1:" + server.port() + "/v1/decide");
        return HttpLoadGenerator.run(LoadPlan.forRequests(
                url,
                64,
                requests,
                1,
                n -> ("{\"placement\":\"tight\"," + "\"user\":{\"id\":\"cap-u" + (n % 300)
                                + "\",\"consent\":{\"advertising\":true}}}")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static Result check(HeedStore store, LoadReport load) {
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                long maxSpent = Sql.count(
                        s,
                        "SELECT COALESCE(MAX(spent), 0) FROM (SELECT SUM(micros) AS spent "
                                + "FROM ad_spend WHERE campaign_id LIKE 't%' GROUP BY campaign_id) x");
                long totalSpent =
                        Sql.count(s, "SELECT COALESCE(SUM(micros), 0) FROM ad_spend " + "WHERE campaign_id LIKE 't%'");
                long impressions = Sql.count(s, "SELECT COUNT(*) FROM ad_spend WHERE campaign_id LIKE 't%'");
                long violations = Sql.count(
                        s,
                        "SELECT COUNT(*) FROM (SELECT sp.campaign_id, a.user_id, COUNT(*) n "
                                + "FROM ad_spend sp JOIN ad_auctions a ON a.decision_id = sp.decision_id "
                                + "WHERE sp.campaign_id LIKE 't%' GROUP BY sp.campaign_id, a.user_id) x WHERE n > "
                                + CAP);
                double budgetMicros = BUDGET * 1e6;
                double overspend = Math.max(0, (maxSpent - budgetMicros) / budgetMicros * 100);
                return new Result(overspend, violations, impressions, totalSpent / 1e6, CAMPAIGNS * BUDGET, load);
            }
        });
    }
}
