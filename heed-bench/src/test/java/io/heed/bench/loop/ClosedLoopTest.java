package io.heed.bench.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.sim.Decision;
import io.heed.sim.SimConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The closed loop on a small simulated publisher: logs → store → personas → click model → A/B and OPE. */
class ClosedLoopTest {
    @TempDir
    static Path dir;

    static ClosedLoop loop;

    @BeforeAll
    static void build() throws Exception {
        loop = ClosedLoop.build(SimConfig.small().withUsers(600).withEvents(60_000), dir);
    }

    @Test
    void theAttentionAuctionBeatsRandomInTruthAndTheTestSeesIt() {
        SimulatedAbTest.Truth truth = SimulatedAbTest.Truth.of(loop.world(), loop.baseline(), loop.attention());
        assertThat(truth.treatment().ctr()).isGreaterThan(truth.control().ctr());
        SimulatedAbTest.Result r =
                SimulatedAbTest.run(loop.world(), loop.baseline(), loop.attention(), truth, 40_000, "t", 1L, 0.95);
        assertThat(r.controlUsers() + r.treatmentUsers())
                .isLessThanOrEqualTo(loop.world().users());
        assertThat(r.ctr().trueRelative()).isPositive();
        assertThat(r.ctr().ci().lower()).as("the CTR uplift is detected").isPositive();
        // the estimates against the simulator's exact TRUE values of both strategies (seeded, so deterministic):
        // here CTR uplift +110% estimated vs +128% true, revenue +56% vs +61%; each arm's value within 8% of truth
        for (Uplift u : List.of(r.ctr(), r.revenue())) {
            assertThat(u.control())
                    .as("%s control vs truth", u.metric())
                    .isCloseTo(u.trueControl(), org.assertj.core.api.Assertions.withinPercentage(15));
            assertThat(u.treatment())
                    .as("%s treatment vs truth", u.metric())
                    .isCloseTo(u.trueTreatment(), org.assertj.core.api.Assertions.withinPercentage(15));
            assertThat(u.covers())
                    .as(
                            "%s: CI %s of the difference holds the true difference %s",
                            u.metric(), u.ci(), u.trueDifference())
                    .isTrue();
            assertThat(u.relativeCi().contains(u.trueRelative()))
                    .as(
                            "%s: CI %s of the uplift holds the true uplift %s",
                            u.metric(), u.relativeCi(), u.trueRelative())
                    .isTrue();
            assertThat(u.relative())
                    .as("%s uplift vs the true uplift", u.metric())
                    .isCloseTo(u.trueRelative(), org.assertj.core.api.Assertions.within(0.25 * u.trueRelative()));
        }
        // run as a registered experiment: one exposure per enrolled user, a sound split, a combined report
        assertThat(r.exposures()).hasSize(r.controlUsers() + r.treatmentUsers());
        assertThat(r.report().srm().mismatch()).isFalse();
        assertThat(r.report().primary().get(0).metric())
                .isEqualTo(io.heed.experiments.analysis.Metric.REVENUE_PER_IMPRESSION);
    }

    @Test
    void feedbackWrittenBackAsEventsGivesTheSameAnalysisInSql() {
        // targeted at the users with a persona: only they are exposed, measured and written back
        var def = SimulatedAbTest.definition(
                "loop-ab",
                "loop-ab",
                loop.baseline(),
                loop.attention(),
                new io.heed.experiments.registry.Targeting(
                        java.util.Set.copyOf(loop.personaOfUser().values()), java.util.Set.of(), java.util.Set.of()));
        SimulatedAbTest.Truth truth = SimulatedAbTest.Truth.of(
                loop.world(), loop.baseline(), loop.attention(), loop.personaOfUser()::containsKey);
        try (io.heed.storage.HeedStore store = io.heed.storage.HeedStore.openEmbedded(dir.resolve("data"))) {
            SimulatedAbTest.Result r;
            LoopEvents events =
                    new LoopEvents(io.heed.events.sql.EventStore.of(store), "default", "loop-test", loop.world());
            try (events) {
                r = SimulatedAbTest.run(
                        loop.world(),
                        loop.baseline(),
                        loop.attention(),
                        truth,
                        10_000,
                        def,
                        5L,
                        0.95,
                        events,
                        loop.personaOfUser());
            }
            assertThat(r.exposures())
                    .isNotEmpty()
                    .allMatch(e -> loop.personaOfUser().containsKey(e.unitId()));
            assertThat(events.written()).isGreaterThan(0);
            var experiments = new io.heed.experiments.sql.SqlExperimentStore(store, "default");
            experiments.save(def);
            experiments.append(r.exposures());
            var fromSql = io.heed.experiments.analysis.ExperimentAnalysis.analyze(
                    def,
                    new io.heed.experiments.sql.SqlOutcomeSource(store, "default").outcomes(def),
                    SimulatedAbTest.PLAN);
            assertThat(fromSql.units()).isEqualTo(r.report().units());
            assertThat(fromSql.primary().get(0).difference())
                    .isCloseTo(r.report().primary().get(0).difference(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(fromSql.guardrails().get(1).difference())
                    .isCloseTo(
                            r.report().guardrails().get(1).difference(), org.assertj.core.api.Assertions.within(1e-12));
            assertThat(fromSql.verdict()).isEqualTo(r.report().verdict());
        }
    }

    @Test
    void secondPricePaysTheRunnerUpsValueAndNeverMoreThanTheBid() {
        Decision d = loop.attention().decideFor(null);
        assertThat(d.ads()).hasSize(1);
        var ad = loop.world().ads().get(d.ads()[0]);
        assertThat(d.pricePerClick()[0]).isPositive().isLessThanOrEqualTo(ad.cpcBid());
    }

    @Test
    void theEngineServesWhatTheHandWrittenAuctionWouldForEveryLearnedPersona() {
        AttentionAuctionStrategy reference = new AttentionAuctionStrategy(
                loop.personaOfUser(),
                loop.model(),
                loop.world().ads(),
                loop.world().candidates());
        java.util.Set<String> personas =
                new java.util.HashSet<>(loop.personaOfUser().values());
        personas.add(null);
        for (String p : personas) {
            assertThat(loop.attention().decideFor(p).ads())
                    .as("persona %s", p)
                    .isEqualTo(reference.decideFor(p).ads());
            assertThat(loop.attention().decideFor(p).pricePerClick()[0])
                    .isCloseTo(reference.decideFor(p).pricePerClick()[0], org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void doublyRobustEstimateFromBaselineLogsIsNearTheTrueValue() {
        double truth = loop.world().trueValue(loop.attention()).ctr();
        SimulatorOpe ope = new SimulatorOpe(
                loop.world(),
                loop.baseline(),
                loop.attention(),
                loop.personaOfUser().values());
        SimulatorOpe.Result r = ope.run(100_000, 3L, 0.95, truth);
        assertThat(r.drRelativeError()).isLessThan(0.25);
        assertThat(r.dr().standardError()).isPositive();
        assertThat(r.dr().ci().contains(truth))
                .as("DR CI %s holds the true CTR %s", r.dr().ci(), truth)
                .isTrue();
        assertThat(r.ips().ci().contains(truth))
                .as("IPS CI %s holds the true CTR %s", r.ips().ci(), truth)
                .isTrue();
    }

    @Test
    void retrainPromotesOnlyAChallengerThatWinsAndLogsEveryDecision() {
        List<io.heed.experiments.promotion.PromotionDecision> log = new java.util.ArrayList<>();
        var policy = new io.heed.experiments.promotion.PromotionPolicy(new io.heed.experiments.promotion.DecisionLog() {
            @Override
            public void append(io.heed.experiments.promotion.PromotionDecision d) {
                log.add(d);
            }

            @Override
            public List<io.heed.experiments.promotion.PromotionRecord> recent(int limit) {
                return List.of();
            }
        });
        // a challenger that forgets personas (every user looks alike) must not replace the persona-aware champion
        PersonaPolicy blind = loop.attentionWith(loop.model(), Map.of());
        ChallengerRetrain.Result r = ChallengerRetrain.decide(
                loop, blind, "persona-ctr", "no-persona", 100_000, 9L, policy, java.time.Instant.EPOCH);
        assertThat(r.decision().outcome())
                .isNotEqualTo(io.heed.experiments.promotion.PromotionDecision.Outcome.PROMOTE);
        assertThat(r.decision().serving()).isEqualTo("persona-ctr");
        // the champion against itself can never be promoted: its CI contains its own value
        ChallengerRetrain.Result same = ChallengerRetrain.decide(
                loop,
                loop.attention(),
                "persona-ctr",
                "persona-ctr-copy",
                100_000,
                9L,
                policy,
                java.time.Instant.EPOCH);
        assertThat(same.decision().outcome())
                .isEqualTo(io.heed.experiments.promotion.PromotionDecision.Outcome.INCONCLUSIVE);
        assertThat(log).hasSize(2);
        assertThat(ChallengerRetrain.feedback(loop, 1000, 1L).stream()
                        .mapToLong(x -> x.impressions())
                        .sum())
                .isEqualTo(1000);
    }
}
