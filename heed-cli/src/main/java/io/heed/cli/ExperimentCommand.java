package io.heed.cli;

import io.heed.experiments.analysis.AnalysisPlan;
import io.heed.experiments.analysis.ExperimentAnalysis;
import io.heed.experiments.analysis.ExperimentReport;
import io.heed.experiments.analysis.Metric;
import io.heed.experiments.analysis.ReportText;
import io.heed.experiments.promotion.PromotionRecord;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.Exposure;
import io.heed.experiments.registry.Registry;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.registry.Treatment;
import io.heed.experiments.registry.UnitContext;
import io.heed.experiments.registry.Variant;
import io.heed.experiments.sql.SqlDecisionLog;
import io.heed.experiments.sql.SqlExperimentStore;
import io.heed.experiments.sql.SqlOutcomeSource;
import io.heed.storage.HeedStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heed experiment create|list|assign|analyze|decisions}: the experiment registry, exposures, the combined
 * analysis, and the log of challenger-promotion decisions.
 */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = "Define experiments, assign and log exposures, and analyse them.",
        subcommands = {
            ExperimentCommand.Create.class,
            ExperimentCommand.ListCmd.class,
            ExperimentCommand.Assign.class,
            ExperimentCommand.Analyze.class,
            ExperimentCommand.Decisions.class
        })
final class ExperimentCommand extends GroupCommand {
    /** Options every subcommand shares. */
    static final class Common {
        @Mixin
        StoreOptions store;

        @Option(names = "--tenant", defaultValue = "default", description = "Tenant (default: ${DEFAULT-VALUE}).")
        String tenant;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Define an experiment (validated).")
    static final class Create implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(
                names = "--variant",
                required = true,
                paramLabel = "NAME=KIND:REF:PERCENT",
                description = "A variant, e.g. control=strategy:popularity:50 or attention=model:ctr-v2:50. "
                        + "The first is the control unless --control says otherwise.")
        List<String> variants;

        @Option(names = "--control", description = "Control variant (default: the first).")
        String control;

        @Option(names = "--salt", description = "Hashing salt (default: the name).")
        String salt;

        @Option(names = "--start", description = "Start, ISO-8601 (default: now).")
        Instant start;

        @Option(names = "--stop", required = true, description = "Stop, ISO-8601 (exclusive).")
        Instant stop;

        @Option(names = "--persona", split = ",", description = "Only these personas.")
        Set<String> personas = Set.of();

        @Option(names = "--geo", split = ",", description = "Only these geos.")
        Set<String> geos = Set.of();

        @Option(names = "--device", split = ",", description = "Only these devices.")
        Set<String> devices = Set.of();

        @Override
        public Integer call() {
            List<Variant> vs = new ArrayList<>();
            for (String v : variants) {
                vs.add(parseVariant(v));
            }
            ExperimentDefinition d = new ExperimentDefinition(
                    name,
                    salt == null ? name : salt,
                    control != null ? control : vs.get(0).name(),
                    vs,
                    new Targeting(personas, geos, devices),
                    start == null ? Instant.now() : start,
                    stop);
            try (HeedStore s = common.store.open()) {
                SqlExperimentStore es = new SqlExperimentStore(s, common.tenant);
                new Registry(es, es).create(d);
            }
            System.out.printf("created experiment %s: %d variants, %s .. %s%n", name, vs.size(), d.start(), d.stop());
            return 0;
        }

        /** {@code NAME=KIND:REF:PERCENT}; the percent may have up to two decimals (basis points). */
        static Variant parseVariant(String s) {
            int eq = s.indexOf('=');
            int last = s.lastIndexOf(':');
            if (eq <= 0 || last <= eq) {
                throw new IllegalArgumentException("--variant '" + s + "' is not NAME=KIND:REF:PERCENT");
            }
            double pct;
            try {
                pct = Double.parseDouble(s.substring(last + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "--variant '" + s + "': traffic '" + s.substring(last + 1) + "' is not a percentage", e);
            }
            if (!(pct >= 0 && pct <= 100)) {
                throw new IllegalArgumentException("--variant '" + s + "': traffic must be 0..100 %");
            }
            return new Variant(
                    s.substring(0, eq), Treatment.parse(s.substring(eq + 1, last)), (int) Math.round(pct * 100));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List experiments and their exposures.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        Common common;

        @Override
        public Integer call() {
            try (HeedStore s = common.store.open()) {
                SqlExperimentStore es = new SqlExperimentStore(s, common.tenant);
                List<ExperimentDefinition> all = es.list();
                if (all.isEmpty()) {
                    System.out.println("no experiments; create one with `heed experiment create`");
                }
                for (ExperimentDefinition d : all) {
                    System.out.printf(
                            "%s  %s .. %s  salt %s  control %s%n",
                            d.name(), d.start(), d.stop(), d.salt(), d.control());
                    var units = es.unitsPerVariant(d.name());
                    for (Variant v : d.variants()) {
                        System.out.printf(
                                "    %-14s %-28s %6.2f%%  %,d units exposed%n",
                                v.name(), v.treatment(), v.basisPoints() / 100.0, units.getOrDefault(v.name(), 0L));
                    }
                }
            }
            return 0;
        }
    }

    @Command(
            name = "assign",
            mixinStandardHelpOptions = true,
            description = "Assign users to a variant (deterministic) and log their exposures.")
    static final class Assign implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "USER")
        List<String> users;

        @Option(names = "--at", description = "Exposure time, ISO-8601 (default: now).")
        Instant at;

        @Override
        public Integer call() {
            Instant t = at == null ? Instant.now() : at;
            try (HeedStore s = common.store.open()) {
                SqlExperimentStore es = new SqlExperimentStore(s, common.tenant);
                List<Exposure> ex = new Registry(es, es)
                        .expose(name, users.stream().map(UnitContext::of).toList(), t);
                for (String u : users) {
                    System.out.printf(
                            "%s\t%s%n",
                            u,
                            ex.stream()
                                    .filter(e -> e.unitId().equals(u))
                                    .findFirst()
                                    .map(Exposure::variant)
                                    .orElse("- (not enrolled)"));
                }
            }
            return 0;
        }
    }

    @Command(
            name = "analyze",
            mixinStandardHelpOptions = true,
            description = "SRM check, primary metric with Holm-adjusted p-values, guardrails, verdict.")
    static final class Analyze implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(
                names = "--primary",
                defaultValue = "revenue_per_unit",
                description =
                        "ctr, revenue_per_unit, conversion_rate or revenue_per_impression (default: ${DEFAULT-VALUE}).")
        String primary;

        @Option(
                names = "--guardrail",
                split = ",",
                defaultValue = "ctr",
                description = "Guardrail metrics (default: ${DEFAULT-VALUE}).")
        List<String> guardrails;

        @Option(names = "--confidence", defaultValue = "0.95")
        double confidence;

        @Override
        public Integer call() {
            AnalysisPlan plan = new AnalysisPlan(
                    Metric.parse(primary),
                    guardrails.stream().map(Metric::parse).toList(),
                    confidence);
            try (HeedStore s = common.store.open()) {
                SqlExperimentStore es = new SqlExperimentStore(s, common.tenant);
                ExperimentDefinition d =
                        es.find(name).orElseThrow(() -> new IllegalArgumentException("no experiment named " + name));
                ExperimentReport r =
                        ExperimentAnalysis.analyze(d, new SqlOutcomeSource(s, common.tenant).outcomes(d), plan);
                System.out.print(ReportText.render(r));
            }
            return 0;
        }
    }

    @Command(
            name = "decisions",
            mixinStandardHelpOptions = true,
            description = "The latest challenger-promotion decisions and their evidence.")
    static final class Decisions implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = "--limit",
                defaultValue = "20",
                description = "How many, newest first (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (HeedStore s = common.store.open()) {
                List<PromotionRecord> all = new SqlDecisionLog(s, common.tenant).recent(limit);
                if (all.isEmpty()) {
                    System.out.println("no promotion decisions yet");
                }
                for (PromotionRecord r : all) {
                    System.out.printf(
                            "%s  %-12s %s -> %s: %s%n    evidence: %s%n",
                            r.decidedAt(), r.outcome(), r.champion(), r.challenger(), r.reason(), r.evidence());
                }
            }
            return 0;
        }
    }
}
