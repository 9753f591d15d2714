package io.heed.bench.cli;

import io.heed.app.LabelPersonas;
import io.heed.bench.loop.ClosedLoop;
import io.heed.bench.loop.LoopEvents;
import io.heed.bench.loop.SimulatedAbTest;
import io.heed.bench.loop.Uplift;
import io.heed.cli.Tables;
import io.heed.events.sql.EventStore;
import io.heed.experiments.analysis.ExperimentAnalysis;
import io.heed.experiments.analysis.ReportText;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Registry;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.sql.SqlExperimentStore;
import io.heed.experiments.sql.SqlOutcomeSource;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.sql.SqlRevenueLedger;
import io.heed.sim.SimConfig;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The demo's last step: what attention earned (the revenue report by campaign and by persona, from the store),
 * then the closed loop: a simulated A/B test of the attention-driven strategy against the bid-weighted random
 * baseline in the simulator's world, estimated uplift with CI beside the simulator's TRUE uplift, and the
 * retrain step deciding, off-policy, whether a challenger click model replaces the champion.
 */
final class DemoLoopStep {
    /** Sizes at the demo's 10,000 users; smaller publishers (tests) get proportionally fewer, at least a tenth. */
    static final int ARRIVALS = 100_000;

    static final int FEEDBACK = 50_000;
    static final int OPE_LOGS = 100_000;
    static final String EXPERIMENT = "demo-attention-vs-random";

    private DemoLoopStep() {}

    static int scaled(int size, SimConfig cfg) {
        return (int) Math.max(size / 10, Math.min(size, (long) size * cfg.users() / 10_000));
    }

    static void run(Path dataDir, SimConfig cfg) {
        long t0 = System.nanoTime();
        Path modelFile = dataDir.resolve("personas").resolve("persona-model.json");
        if (!Files.exists(modelFile)) {
            System.out.println("closed loop skipped: no persona model at " + modelFile);
            return;
        }
        PersonaModel personas = PersonaModelJson.load(modelFile);
        try (HeedStore store = HeedStore.openEmbedded(dataDir)) {
            Map<String, String> labels = new LabelPersonas(store).labels(personas, cfg.tenantId());
            new PersonaLabels(store).replace(cfg.tenantId(), labels, Instant.now());
            System.out.println(
                    "\n9/9 revenue: last click within 7 days (`heed report revenue --by campaign|persona|placement|day`)");
            RevenueReport byCampaign = RevenueReport.of(
                    new SqlRevenueLedger(store), cfg.tenantId(), Dimension.CAMPAIGN, Attribution.defaults());
            RevenueReport top = new RevenueReport(
                    byCampaign.by(),
                    byCampaign.attribution(),
                    byCampaign.rows().subList(0, Math.min(5, byCampaign.rows().size())),
                    byCampaign.total(),
                    byCampaign.unattributedConversions());
            System.out.printf("    top 5 of %d campaigns:%n", byCampaign.rows().size());
            indent(Tables.revenue(top));
            indent(Tables.revenue(RevenueReport.of(
                    new SqlRevenueLedger(store), cfg.tenantId(), Dimension.PERSONA, Attribution.defaults())));

            long tLoop = System.nanoTime();
            ClosedLoop loop = ClosedLoop.fromStore(cfg, store, labels);
            System.out.printf(
                    "%nclick model trained on the logs in %.1f s (revenue reports and persona labels: %.1f s)",
                    (System.nanoTime() - tLoop) / 1e9, (tLoop - t0) / 1e9);
            System.out.printf(
                    "%nclosed loop: a simulated A/B test in the simulator's world (same %,d users, %d feed "
                            + "ads); users with a persona (known to the logs) split 50/50 by salted hash%n",
                    loop.world().users(), loop.world().candidates().length);
            System.out.println(
                    "    control   " + loop.baseline().name() + " (as the publisher's logs), pays its bid per click");
            System.out.println(
                    "    treatment " + loop.attention().name() + ": persona (k-means model) x ad CTR trained on "
                            + "the logs as heed-ads' AttentionEstimator, the product's DecisionEngine (eligibility, budgets, GSP)");
            // The experiment targets the users with a persona (those the logs know): the others have no clean events
            // yet, and loop traffic written back for them would add users the persona model never saw.
            SimulatedAbTest.Truth truth =
                    SimulatedAbTest.Truth.of(loop.world(), loop.baseline(), loop.attention(), labels::containsKey);
            SqlExperimentStore experiments = new SqlExperimentStore(store, cfg.tenantId());
            ExperimentDefinition def = new Registry(experiments, experiments)
                    .create(SimulatedAbTest.definition(
                            EXPERIMENT,
                            EXPERIMENT,
                            loop.baseline(),
                            loop.attention(),
                            new Targeting(Set.copyOf(labels.values()), Set.of(), Set.of())));
            long tAb = System.nanoTime();
            SimulatedAbTest.Result ab;
            LoopEvents events =
                    new LoopEvents(EventStore.of(store), cfg.tenantId(), "loop-" + EXPERIMENT, loop.world());
            try (events) {
                ab = SimulatedAbTest.run(
                        loop.world(),
                        loop.baseline(),
                        loop.attention(),
                        truth,
                        scaled(ARRIVALS, cfg),
                        def,
                        cfg.seed(),
                        0.95,
                        events,
                        labels);
            }
            long tLog = System.nanoTime();
            experiments.append(ab.exposures());
            long tEnd = System.nanoTime();
            System.out.printf(
                    "    %,d arrivals: %,d users in control, %,d in treatment; %,d events written back to the "
                            + "store (%.1f s), exposures logged (%.1f s)%n",
                    ab.arrivals(),
                    ab.controlUsers(),
                    ab.treatmentUsers(),
                    events.written(),
                    (tLog - tAb) / 1e9,
                    (tEnd - tLog) / 1e9);
            System.out.printf(
                    "    %-22s %10s %10s   %-30s %s%n",
                    "metric", "control", "treatment", "uplift [95% CI]", "TRUE uplift (simulator)");
            row("revenue / impression", ab.revenue());
            row("CTR", ab.ctr());
            System.out.printf(
                    "    registered as experiment %s; its analysis from the store "
                            + "(`heed experiment analyze %s --primary revenue_per_impression --guardrail ctr,conversion_rate`):%n",
                    EXPERIMENT, EXPERIMENT);
            indent(ReportText.render(ExperimentAnalysis.analyze(
                    def, new SqlOutcomeSource(store, cfg.tenantId()).outcomes(def), SimulatedAbTest.PLAN)));

            RetrainStep.run(store, loop, cfg, scaled(FEEDBACK, cfg), scaled(OPE_LOGS, cfg), System.out);
        }
        System.out.printf("    closed loop in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void row(String name, Uplift u) {
        System.out.printf(
                Locale.ROOT,
                "    %-22s %10.5f %10.5f   %+7.1f%% [%+7.1f%%, %+7.1f%%]   %+7.1f%%%n",
                name,
                u.control(),
                u.treatment(),
                100 * u.relative(),
                100 * u.relativeCi().lower(),
                100 * u.relativeCi().upper(),
                100 * u.trueRelative());
    }

    private static void indent(String text) {
        text.lines().forEach(l -> System.out.println("    " + l));
    }
}
