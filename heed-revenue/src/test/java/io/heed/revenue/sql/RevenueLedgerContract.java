package io.heed.revenue.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ads.sql.SqlAdResponses;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.LedgerTotals;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.RevenueReportWriter;
import io.heed.revenue.RevenueRow;
import io.heed.storage.FreshStoreTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The SQL revenue ledger on a hand-made store, every figure computed by hand (see the comments). Run per database.
 */
abstract class RevenueLedgerContract extends FreshStoreTest {
    static final String HEADER = "event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,"
            + "placement,position,device,platform,geo,session_id,page\n";

    void load() throws Exception {
        store = openFresh(dir);
        ValidationPolicy policy = ValidationPolicy.defaults();
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,"
                        + "landing_item_id\na1,adv1,c1,gaming,native,2.0,i1\na2,adv2,c2,news,banner,1.0,i2\n"
                        + "a3,adv3,c3,news,banner,1.0,i3\n");
        String ev = HEADER
                // u1: two ads on one page, clicks a1, buys through it an hour later; next day a1 at a logged price
                + "e1,,impression,u1,,,a1,2026-10-03T10:00:00Z,,home_feed,2,mobile,ios,FR,s1,feed/1\n"
                + "e2,,impression,u1,,,a2,2026-10-03T10:00:05Z,,article_sidebar,0,mobile,ios,FR,s1,feed/1\n"
                + "e3,,click,u1,,,a1,2026-10-03T10:01:00Z,,home_feed,2,mobile,ios,FR,s1,feed/1\n"
                + "e4,,purchase,u1,,i1,a1,2026-10-03T11:00:00Z,40,,,mobile,ios,FR,s9,checkout\n"
                + "e5,,impression,u1,,,a1,2026-10-04T09:00:00Z,0.005,home_feed,2,mobile,ios,FR,s2,feed/1\n"
                // u2: clicks a2 and buys through it; a later organic purchase of a2's landing item is 9 days out
                + "e6,,impression,u2,,,a2,2026-10-03T12:00:00Z,,article_sidebar,0,desktop,web,DE,s3,item/i9\n"
                + "e7,,click,u2,,,a2,2026-10-03T12:01:00Z,,article_sidebar,0,desktop,web,DE,s3,item/i9\n"
                + "e9,,purchase,u2,,i2,a2,2026-10-03T12:30:00Z,12,,,desktop,web,DE,s3,checkout\n"
                + "e8,,purchase,u2,,i2,,2026-10-12T12:00:00Z,10,,,desktop,web,DE,s8,checkout\n"
                // u3: sees a1 and buys an hour later without a click (view-through); a3 never touched them
                + "e10,,impression,u3,,,a1,2026-10-05T08:00:00Z,,home_feed,2,tablet,web,GB,s4,feed/1\n"
                + "e11,,purchase,u3,,i1,a1,2026-10-05T09:00:00Z,40,,,tablet,web,GB,s4,checkout\n"
                + "e12,,purchase,u3,,i3,a3,2026-10-05T10:00:00Z,5,,,tablet,web,GB,s4,checkout\n"
                // u4: clicks a1 twice (no impression logged) and buys its landing item: the later click wins
                + "e13,,click,u4,,,a1,2026-10-06T10:00:00Z,,home_feed,2,mobile,android,ES,s5,feed/1\n"
                + "e14,,click,u4,,,a1,2026-10-06T10:10:00Z,,article_sidebar,0,mobile,android,ES,s5,item/i1\n"
                + "e15,,purchase,u4,,i1,,2026-10-06T10:20:00Z,40,,,mobile,android,ES,s5,checkout\n";
        StringBuilder sb = new StringBuilder(ev);
        for (int i = 0; i < 70; i++) { // a bot: 70 clicks on a1 in one minute; must not count anywhere
            sb.append("b")
                    .append(i)
                    .append(",,click,bot,,,a1,2026-10-04T08:00:")
                    .append(String.format("%02d", i % 60))
                    .append("Z,,home_feed,2,desktop,web,US,sb,feed/1\n");
        }
        Path events = Files.writeString(dir.resolve("events.csv"), sb.toString());
        EventStore.of(store)
                .ingestFile(ads, IngestFormat.ADS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        EventStore.of(store)
                .ingestFile(events, IngestFormat.EVENTS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        new Cleaner(store).clean(CleaningConfig.defaults());
    }

    Map<String, LedgerTotals> by(Dimension d, Attribution a) {
        return new SqlRevenueLedger(store)
                .totals(new io.heed.revenue.RevenueQuery("default", d, a)).stream()
                        .collect(Collectors.toMap(LedgerTotals::key, Function.identity()));
    }

    @Test
    void byCampaignWithLastClickAttribution() throws Exception {
        load();
        Map<String, LedgerTotals> m = by(Dimension.CAMPAIGN, Attribution.defaults());
        assertThat(m).containsOnlyKeys("c1", "c2");
        // c1: impressions e1, e5, e10 at 2/1000, 0.005 (logged), 2/1000; clicks e3, e13, e14; conversions e4, e15
        assertThat(m.get("c1")).isEqualTo(new LedgerTotals("c1", 3, m.get("c1").revenue(), 3, 2, 0, 80, 3, 2));
        assertThat(m.get("c1").revenue()).isCloseTo(0.009, within(1e-12));
        // c2: impressions e2, e6; click e7; conversion e9; pages (u1 s1 feed/1) and (u2 s3 item/i9)
        assertThat(m.get("c2")).isEqualTo(new LedgerTotals("c2", 2, m.get("c2").revenue(), 1, 1, 0, 12, 2, 2));
        assertThat(m.get("c2").revenue()).isCloseTo(0.002, within(1e-12));
        RevenueRow c1 = new RevenueRow(m.get("c1"));
        assertThat(c1.ctr().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(c1.cvr().getAsDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(c1.ecpm().getAsDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(c1.rpm().getAsDouble()).isCloseTo(3.0, within(1e-9));
        assertThat(c1.arpu().getAsDouble()).isCloseTo(0.0045, within(1e-12));
        assertThat(c1.roas().getAsDouble()).isCloseTo(80 / 0.009, within(1e-6));
        // e11 (no click) and e12 (never touched) name an ad but cannot be credited; e8 is organic
        assertThat(new SqlRevenueLedger(store)
                        .unattributedConversions(new io.heed.revenue.RevenueQuery(
                                "default", Dimension.CAMPAIGN, Attribution.defaults())))
                .isEqualTo(2);
    }

    @Test
    void viewThroughCreditsTheLastImpressionWhenNoClickIsInTheWindow() throws Exception {
        load();
        Attribution vt = Attribution.defaults().withViewThrough(Duration.ofDays(1));
        Map<String, LedgerTotals> m = by(Dimension.CAMPAIGN, vt);
        assertThat(m.get("c1").clickConversions()).isEqualTo(2);
        assertThat(m.get("c1").viewConversions()).isEqualTo(1);
        assertThat(m.get("c1").conversionValue()).isEqualTo(120);
        RevenueReport r = RevenueReport.of(new SqlRevenueLedger(store), "default", Dimension.CAMPAIGN, vt);
        assertThat(r.unattributedConversions()).isEqualTo(1);
        // a window too short for u2's 29-minute click-to-purchase gap leaves e9 out
        Map<String, LedgerTotals> short10 =
                by(Dimension.CAMPAIGN, Attribution.defaults().withClickWindow(Duration.ofMinutes(10)));
        assertThat(short10.get("c2").clickConversions()).isZero();
    }

    @Test
    void byPlacementDayAndPersona() throws Exception {
        load();
        Attribution a = Attribution.defaults();
        Map<String, LedgerTotals> p = by(Dimension.PLACEMENT, a);
        // the u4 conversion goes to its later click, on the sidebar
        assertThat(p.get("home_feed"))
                .extracting(LedgerTotals::impressions, LedgerTotals::clicks, LedgerTotals::clickConversions)
                .containsExactly(3L, 2L, 1L);
        assertThat(p.get("article_sidebar"))
                .extracting(
                        LedgerTotals::impressions,
                        LedgerTotals::clicks,
                        LedgerTotals::clickConversions,
                        LedgerTotals::conversionValue)
                .containsExactly(2L, 2L, 2L, 52.0);
        Map<String, LedgerTotals> d = by(Dimension.DAY, a);
        assertThat(d).containsOnlyKeys("2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06");
        assertThat(d.get("2026-10-03"))
                .extracting(
                        LedgerTotals::impressions,
                        LedgerTotals::clicks,
                        LedgerTotals::clickConversions,
                        LedgerTotals::conversionValue)
                .containsExactly(3L, 2L, 2L, 52.0);
        assertThat(d.get("2026-10-04").revenue()).isCloseTo(0.005, within(1e-12));
        // a day with clicks but no impressions: CTR undefined, not NaN
        RevenueRow oct6 = new RevenueRow(d.get("2026-10-06"));
        assertThat(oct6.ctr()).isEmpty();
        assertThat(oct6.ecpm()).isEmpty();
        assertThat(oct6.cvr().getAsDouble()).isEqualTo(0.5);

        new PersonaLabels(store).replace("default", Map.of("u1", "gamer", "u2", "reader"), Instant.EPOCH);
        assertThat(new PersonaLabels(store).load("default")).isEqualTo(Map.of("u1", "gamer", "u2", "reader"));
        assertThat(new PersonaLabels(store).load("other")).isEmpty();
        Map<String, LedgerTotals> ps = by(Dimension.PERSONA, a);
        assertThat(ps).containsOnlyKeys("gamer", "reader", "(no persona)");
        assertThat(ps.get("gamer").revenue()).isCloseTo(0.008, within(1e-12));
        assertThat(ps.get("reader"))
                .extracting(LedgerTotals::impressions, LedgerTotals::clicks, LedgerTotals::clickConversions)
                .containsExactly(1L, 1L, 1L);
        assertThat(ps.get("(no persona)"))
                .extracting(LedgerTotals::impressions, LedgerTotals::clicks, LedgerTotals::clickConversions)
                .containsExactly(1L, 2L, 1L);
    }

    @Test
    void totalCountsDistinctPagesAndUsersOnce() throws Exception {
        load();
        RevenueReport r =
                RevenueReport.of(new SqlRevenueLedger(store), "default", Dimension.CAMPAIGN, Attribution.defaults());
        LedgerTotals t = r.total().totals();
        assertThat(t).isEqualTo(new LedgerTotals("all", 5, t.revenue(), 4, 3, 0, 92, 4, 3));
        assertThat(t.revenue()).isCloseTo(0.011, within(1e-12));
        assertThat(r.rows()).extracting(x -> x.totals().key()).containsExactly("c1", "c2");
    }

    @Test
    void clicksBilledPerClickAddTheirPriceToTheRevenue() throws Exception {
        store = openFresh(dir);
        ValidationPolicy policy = ValidationPolicy.defaults();
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,"
                        + "landing_item_id\na1,adv1,c1,gaming,native,2.0,i1\n");
        // a CPC ad: its impressions log a price of 0, its click the price paid
        Path events = Files.writeString(
                dir.resolve("events.csv"),
                HEADER
                        + "e1,,impression,u1,,,a1,2026-10-03T10:00:00Z,0,home_feed,2,,,,s1,feed/1\n"
                        + "e2,,impression,u2,,,a1,2026-10-03T10:00:00Z,0,home_feed,2,,,,s2,feed/1\n"
                        + "e3,,click,u2,,,a1,2026-10-03T10:00:02Z,0.25,home_feed,2,,,,s2,feed/1\n");
        EventStore.of(store)
                .ingestFile(ads, IngestFormat.ADS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        EventStore.of(store)
                .ingestFile(events, IngestFormat.EVENTS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        LedgerTotals c1 = by(Dimension.CAMPAIGN, Attribution.defaults()).get("c1");
        assertThat(c1.revenue()).isCloseTo(0.25, within(1e-12));
        assertThat(new RevenueRow(c1).ecpm().getAsDouble()).isCloseTo(125, within(1e-9));
    }

    @Test
    void responsesPerUserAndAdLeaveBotsOut() throws Exception {
        load();
        var r = new SqlAdResponses(store).byUserAndAd("default");
        assertThat(r)
                .containsExactly(
                        new io.heed.ads.model.UserAdResponse("u1", "a1", 2, 1),
                        new io.heed.ads.model.UserAdResponse("u1", "a2", 1, 0),
                        new io.heed.ads.model.UserAdResponse("u2", "a2", 1, 1),
                        new io.heed.ads.model.UserAdResponse("u3", "a1", 1, 0),
                        new io.heed.ads.model.UserAdResponse("u4", "a1", 0, 2));
    }

    @Test
    void anEmptyStoreReportsZeroTotalsAndUndefinedRatesNeverNaN() throws Exception {
        store = openFresh(dir);
        RevenueReport r = RevenueReport.of(new SqlRevenueLedger(store), null, Dimension.DAY, Attribution.defaults());
        assertThat(r.empty()).isTrue();
        assertThat(r.rows()).isEmpty();
        assertThat(r.total().totals()).isEqualTo(new LedgerTotals("all", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(r.total().ctr()).isEmpty();
        assertThat(RevenueReportWriter.tableRows(r))
                .flatMap(java.util.Arrays::asList)
                .contains("n/a")
                .doesNotContain("NaN");
        assertThat(RevenueReportWriter.tableNotes(r)).contains("no ad impressions");
        assertThat(RevenueReportWriter.json(r)).contains("\"ctr\":null").doesNotContain("NaN");
        assertThat(RevenueReportWriter.csv(r)).doesNotContain("NaN");
    }
}
