package io.heed.cli;

import io.heed.app.BuildPersonas;
import io.heed.app.Models;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaAssigner;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaDrift;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaProvenance;
import io.heed.profiles.report.HeatMapChart;
import io.heed.profiles.report.ProjectionChart;
import io.heed.profiles.report.SizesChart;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heed personas build|show|assign|report}: user profiles computed in the store, k-means personas with
 * descriptions and association rules, saved as a JSON artifact with provenance under the data dir.
 */
@Command(
        name = "personas",
        mixinStandardHelpOptions = true,
        description = "Build, show, assign and report user personas (profile features -> k-means -> descriptions).",
        subcommands = {
            PersonasCommand.Build.class,
            PersonasCommand.Show.class,
            PersonasCommand.Assign.class,
            PersonasCommand.Report.class
        })
final class PersonasCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    static Path modelPath(StoreOptions store, Path model) {
        return model != null ? model : store.config().resolved().models().persona();
    }

    /** The saved model, or null after telling the user to build one. */
    static PersonaModel loadSaved(StoreOptions store, Path model) {
        Path f = modelPath(store, model);
        PersonaModel m = new Models(f, null).persona().orElse(null);
        if (m == null) {
            System.err.println("no persona model at " + f + "; run `heed personas build` first");
        }
        return m;
    }

    /** {@code personas build}: features in SQL, clustering, descriptions, JSON artifact. */
    @Command(
            name = "build",
            mixinStandardHelpOptions = true,
            description = "Cluster users into personas and save the model.")
    static final class Build implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--k",
                description = "Fixed number of personas (default: choose by silhouette in --k-min..--k-max).")
        Integer k;

        @Option(names = "--k-min", defaultValue = "2", description = "Smallest k tried (default: ${DEFAULT-VALUE}).")
        int kMin;

        @Option(names = "--k-max", defaultValue = "10", description = "Largest k tried (default: ${DEFAULT-VALUE}).")
        int kMax;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--tenant", description = "Only this tenant's users (default: all).")
        String tenant;

        @Option(
                names = "--model",
                paramLabel = "FILE",
                description = "Model file (default: <data-dir>/personas/persona-model.json).")
        Path model;

        @Option(
                names = "--truth",
                paramLabel = "CSV",
                description = "user_id,persona file (e.g. the simulator's truth/personas.csv): "
                        + "report the adjusted Rand index (rows labelled bot are left out).")
        Path truth;

        @Option(
                names = "--features",
                split = ",",
                paramLabel = "PREFIX",
                description = "Cluster on features whose name starts with these prefixes; `all` for every feature "
                        + "(default: seen_,cat_,hour_ - what the feed showed, what was viewed and clicked, the "
                        + "local-time rhythm: best on the simulator; every feature still describes the personas).")
        List<String> features = PersonaConfig.DEFAULT_FEATURES;

        @Option(
                names = "--no-observed-groups",
                description = "Treat seen_ features as observed for every user, "
                        + "also those who refused personalisation (default: such users are fitted without them).")
        boolean noObservedGroups;

        @Option(
                names = "--algorithm",
                defaultValue = "AUTO",
                description =
                        "k-means variant for a fixed k: "
                                + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: Lloyd, mini-batch above 200,000 users).")
        PersonaConfig.Algorithm algorithm;

        @Option(
                names = "--balance-groups",
                description = "Weight features so each group (seen_, cat_, daypart_, ...) "
                        + "counts equally in distances (default: off; it lowered ARI on the simulator).")
        boolean balanceGroups;

        @Option(
                names = "--restarts",
                defaultValue = "32",
                description = "k-means++ restarts per k, the lowest "
                        + "inertia wins (default: ${DEFAULT-VALUE}; with 8, the simulator's personas sometimes end in a local "
                        + "optimum with a catch-all cluster of low-data users).")
        int restarts;

        @Option(
                names = "--stability",
                defaultValue = "0",
                description = "Bootstrap replicates for cluster stability (default: ${DEFAULT-VALUE}).")
        int stability;

        @Override
        public Integer call() throws IOException {
            PersonaBuildOutput out = new PersonaBuildOutput(System.out);
            PersonaConfig cfg = (k != null ? PersonaConfig.fixedK(k, seed) : PersonaConfig.autoK(kMin, kMax, seed))
                    .withRestarts(restarts)
                    .withFeaturePrefixes(features.contains("all") ? List.of() : features)
                    .withBalanceGroups(balanceGroups)
                    .withAlgorithm(algorithm)
                    .withObservedIf(noObservedGroups ? Map.of() : PersonaConfig.DEFAULT_OBSERVED_IF);
            try (HeedStore s = store.open()) {
                PersonaModel built = new BuildPersonas(s, tenant).build(cfg, truth, stability, out);
                out.save(built, modelPath(store, model));
            }
            return 0;
        }
    }

    static void print(PrintStream o, PersonaModel m) {
        PersonaProvenance p = m.provenance();
        o.printf(
                "Persona model: k = %d, %s, seed %d, %,d users, window %s, built %s by heed %s%n",
                m.k(), m.features().id(), m.seed(), p.users(), p.dataWindow(), p.createdAt(), p.codeVersion());
        o.println("metrics: "
                + p.metrics().entrySet().stream()
                        .filter(e -> !e.getKey().contains("_k"))
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + " " + String.format("%.4f", e.getValue()))
                        .collect(Collectors.joining(", ")));
        for (PersonaDescription d : m.descriptions()) {
            o.printf(
                    "%n#%d %s%n   %,d users (%.1f%%), revenue share %.1f%%, top categories %s%n",
                    d.index(), d.label(), d.size(), 100 * d.share(), 100 * d.revenueShare(), d.topCategories());
            o.println("   distinguishing (Cohen's d): "
                    + d.distinguishing().stream()
                            .map(e -> String.format("%s %+.2f", e.feature(), e.cohensD()))
                            .collect(Collectors.joining(", ")));
            d.topRules().forEach(r -> o.println("   rule " + r));
        }
    }

    /** {@code personas show}: the saved model. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the saved persona model.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--model",
                paramLabel = "FILE",
                description = "Model file (default: <data-dir>/personas/persona-model.json).")
        Path model;

        @Override
        public Integer call() {
            PersonaModel pm = loadSaved(store, model);
            if (pm == null) {
                return 1;
            }
            print(System.out, pm);
            return 0;
        }
    }

    /** {@code personas assign USER...}: nearest persona of users from their current profiles. */
    @Command(
            name = "assign",
            mixinStandardHelpOptions = true,
            description = "Assign users to personas with the saved "
                    + "model (each user's features computed alone; no re-clustering).")
    static final class Assign implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--model",
                paramLabel = "FILE",
                description = "Model file (default: <data-dir>/personas/persona-model.json).")
        Path model;

        @Option(names = "--tenant", description = "Only this tenant's users (default: all).")
        String tenant;

        @Parameters(paramLabel = "USER", arity = "1..*", description = "User ids.")
        List<String> users;

        @Override
        public Integer call() {
            PersonaModel pm = loadSaved(store, model);
            if (pm == null) {
                return 1;
            }
            PersonaAssigner a = pm.assigner();
            try (HeedStore s = store.open()) {
                // Incremental: each user's features alone (same SQL definitions), then the nearest persona.
                SqlProfileFeatures src = new SqlProfileFeatures(s, tenant);
                for (String u : users) {
                    ProfileMatrix m = src.computeFor(u);
                    if (!m.features().compatibleWith(pm.features())) {
                        System.err.println(
                                "the store's features (" + m.features().names() + ") differ from the " + "model's ("
                                        + pm.features().names() + "); rebuild with `heed personas build`");
                        return 1;
                    }
                    if (m.rows() == 0) {
                        System.out.printf("%s\t-\tno clean events%n", u);
                    } else {
                        int p = a.assign(m.row(0));
                        System.out.printf("%s\t#%d\t%s%n", u, p, a.label(p));
                    }
                }
            }
            return 0;
        }
    }

    /**
     * {@code personas report}: every user's current profile assigned with the saved model, drift in persona sizes
     * against build time, and three SVG charts (sizes, heat map of standardised persona means, PCA projection).
     */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description =
                    "Report drift in persona sizes and " + "write SVG charts: sizes, feature heat map, 2-D projection.")
    static final class Report implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--model",
                paramLabel = "FILE",
                description = "Model file (default: <data-dir>/personas/persona-model.json).")
        Path model;

        @Option(names = "--tenant", description = "Only this tenant's users (default: all).")
        String tenant;

        @Option(
                names = "--out-dir",
                paramLabel = "DIR",
                description = "Where the charts go (default: <data-dir>/personas).")
        Path outDir;

        @Option(
                names = "--sample",
                defaultValue = "2000",
                description = "Users in the projection chart (default: ${DEFAULT-VALUE}).")
        int sample;

        @Override
        public Integer call() throws IOException {
            PersonaModel pm = loadSaved(store, model);
            if (pm == null) {
                return 1;
            }
            ProfileMatrix m;
            try (HeedStore s = store.open()) {
                m = new SqlProfileFeatures(s, tenant).compute();
            }
            if (!m.features().compatibleWith(pm.features())) {
                System.err.println("the store's features (" + m.features().id() + ") differ from the model's ("
                        + pm.features().id() + "); rebuild with `heed personas build`");
                return 1;
            }
            if (m.rows() == 0) {
                System.err.println("the store has no user with clean events: nothing to report");
                return 1;
            }
            int[] labels = pm.assigner().assignAll(m);
            PersonaDrift drift = PersonaDrift.measure(pm, labels);
            Path dir = outDir != null ? outDir : store.dataDir().resolve("personas");
            Files.createDirectories(dir);
            List<String> names =
                    pm.descriptions().stream().map(PersonaDescription::label).toList();
            Map<String, String> charts = new LinkedHashMap<>();
            charts.put("personas-sizes.svg", SizesChart.svg(pm.descriptions(), drift));
            charts.put("personas-heatmap.svg", HeatMapChart.svg(m, labels, names));
            charts.put("personas-projection.svg", ProjectionChart.svg(pm, m, labels, sample, pm.seed()));
            print(System.out, pm);
            System.out.printf(
                    "%nDrift since the build (%,d users now): PSI %.4f, %s%n",
                    drift.users(), drift.psi(), drift.verdict());
            for (PersonaDrift.Share sh : drift.shares()) {
                System.out.printf(
                        "  #%d %-50s %6.1f%% -> %6.1f%% (%+.1f points)%n",
                        sh.persona(), sh.label(), 100 * sh.builtShare(), 100 * sh.share(), 100 * sh.change());
            }
            for (Map.Entry<String, String> c : charts.entrySet()) {
                Files.writeString(dir.resolve(c.getKey()), c.getValue());
                System.out.println("chart written to " + dir.resolve(c.getKey()));
            }
            return 0;
        }
    }
}
