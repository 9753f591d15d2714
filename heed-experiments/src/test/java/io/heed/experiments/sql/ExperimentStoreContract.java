package io.heed.experiments.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.experiments.analysis.UnitOutcomes;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Exposure;
import io.heed.experiments.registry.Registry;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.registry.Treatment;
import io.heed.experiments.registry.Variant;
import io.heed.storage.FreshStoreTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registry storage, exposures and per-unit outcomes in SQL, on a hand-made store. Run per database. */
abstract class ExperimentStoreContract extends FreshStoreTest {
    static final ExperimentDefinition DEF = new ExperimentDefinition(
            "ranker-1",
            "salt-r1",
            "control",
            List.of(
                    new Variant("control", Treatment.parse("strategy:random"), 5000),
                    new Variant("attention", Treatment.parse("model:ctr-v2"), 5000)),
            new Targeting(Set.of(), Set.of("FR", "DE"), Set.of()),
            Instant.parse("2026-10-01T00:00:00Z"),
            Instant.parse("2026-10-10T00:00:00Z"));

    @Test
    void definitionsRoundTripAndExposuresCount() throws Exception {
        store = openFresh(dir);
        SqlExperimentStore s = new SqlExperimentStore(store, "default");
        Registry r = new Registry(s, s);
        r.create(DEF);
        assertThat(s.find("ranker-1")).contains(DEF);
        assertThat(s.list()).containsExactly(DEF);
        assertThat(s.find("nope")).isEmpty();
        assertThat(new SqlExperimentStore(store, "other").list()).isEmpty();
        s.append(List.of(
                new Exposure("ranker-1", "u1", "control", Instant.parse("2026-10-02T00:00:00Z")),
                new Exposure("ranker-1", "u1", "control", Instant.parse("2026-10-03T00:00:00Z")),
                new Exposure("ranker-1", "u2", "attention", Instant.parse("2026-10-02T00:00:00Z"))));
        assertThat(s.unitsPerVariant("ranker-1")).isEqualTo(Map.of("control", 1L, "attention", 1L));
    }

    @Test
    void promotionDecisionsAreLoggedWithTheirEvidence() throws Exception {
        store = openFresh(dir);
        SqlDecisionLog log = new SqlDecisionLog(store, "default");
        io.heed.experiments.promotion.PromotionPolicy policy = new io.heed.experiments.promotion.PromotionPolicy(log);
        var champion = new io.heed.experiments.ope.Estimate(
                "dr", 0.02, 0.001, new io.heed.experiments.stats.Interval(0.018, 0.022), 1000);
        var better = new io.heed.experiments.ope.Estimate(
                "dr", 0.03, 0.001, new io.heed.experiments.stats.Interval(0.028, 0.032), 1000);
        policy.decide(
                "m1",
                "m2",
                new io.heed.experiments.promotion.Evidence.OffPolicy("logs", champion, better),
                Instant.parse("2026-11-01T00:00:00Z"));
        policy.decide(
                "m2",
                "m3",
                new io.heed.experiments.promotion.Evidence.FromExperiment(
                        "e",
                        io.heed.experiments.analysis.MetricResult.failed(
                                io.heed.experiments.analysis.Metric.CTR,
                                "b",
                                io.heed.core.Problem.of("no_events", "b", "no impressions")),
                        io.heed.experiments.analysis.Verdict.INCONCLUSIVE),
                Instant.parse("2026-11-02T00:00:00Z"));
        var recent = log.recent(10);
        assertThat(recent)
                .extracting(io.heed.experiments.promotion.PromotionRecord::outcome)
                .containsExactly("INCONCLUSIVE", "PROMOTE");
        assertThat(recent.get(0).ciLow()).isNull();
        assertThat(recent.get(1).ciLow()).isEqualTo(0.028);
        assertThat(recent.get(1).baseline()).isEqualTo(0.02);
        assertThat(recent.get(1).evidence()).contains("off-policy (dr) on logs");
        assertThat(new SqlDecisionLog(store, "other").recent(10)).isEmpty();
    }

    @Test
    void outcomesCountOnlyWhatFollowsTheFirstExposureUntilTheStop() throws Exception {
        store = openFresh(dir);
        ValidationPolicy policy = ValidationPolicy.defaults();
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,"
                        + "landing_item_id\na1,adv1,c1,gaming,native,2.0,i1\n");
        Path events = Files.writeString(
                dir.resolve("events.csv"),
                "event_id,type,user_id,ad_id,item_id,timestamp,value\n"
                        + "e0,impression,u1,a1,,2026-10-01T12:00:00Z,\n" // before u1's exposure: not counted
                        + "e1,impression,u1,a1,,2026-10-02T12:00:00Z,\n"
                        + "e2,impression,u1,a1,,2026-10-02T12:01:00Z,0.01\n"
                        + "e3,click,u1,a1,,2026-10-02T12:02:00Z,0.05\n" // billed per click
                        + "e4,purchase,u1,a1,i1,2026-10-02T13:00:00Z,20\n"
                        + "e5,impression,u2,a1,,2026-10-03T12:00:00Z,\n"
                        + "e6,impression,u2,a1,,2026-10-11T12:00:00Z,\n" // after the stop: not counted
                        + "e7,impression,u3,a1,,2026-10-03T12:00:00Z,\n"); // u3 is in both variants: left out
        EventStore.of(store)
                .ingestFile(ads, IngestFormat.ADS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        EventStore.of(store)
                .ingestFile(events, IngestFormat.EVENTS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        SqlExperimentStore s = new SqlExperimentStore(store, "default");
        s.save(DEF);
        Instant t = Instant.parse("2026-10-02T00:00:00Z");
        s.append(List.of(
                new Exposure("ranker-1", "u1", "control", t),
                new Exposure("ranker-1", "u2", "attention", t),
                new Exposure("ranker-1", "u4", "attention", t),
                new Exposure("ranker-1", "u3", "control", t),
                new Exposure("ranker-1", "u3", "attention", t)));
        Map<String, UnitOutcomes> o = new SqlOutcomeSource(store, "default").outcomes(DEF);
        assertThat(o).containsOnlyKeys("control", "attention");
        UnitOutcomes c = o.get("control");
        assertThat(c.impressions()).containsExactly(2);
        assertThat(c.clicks()).containsExactly(1);
        assertThat(c.revenue()[0]).isCloseTo(0.012 + 0.05, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.conversions()).containsExactly(1);
        // u2 and u4 (exposed, no events: zeros, still a unit)
        assertThat(o.get("attention").impressions()).containsExactly(1, 0);
    }
}
