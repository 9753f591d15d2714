package io.heed.bench.cli;

import io.heed.app.BuildPersonas;
import io.heed.app.IngestFiles;
import io.heed.app.config.ModelsConfig;
import io.heed.cli.PersonaBuildOutput;
import io.heed.cli.Progress;
import io.heed.cli.Tables;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.StoreSummary;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaModel;
import io.heed.sim.SimConfig;
import io.heed.sim.SimSummary;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code heed demo}: the pipeline end to end on the embedded store, stage by stage: simulate a publisher, ingest
 * its files, clean, and summarise, checking what can be checked against the simulator's ground truth.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Run the pipeline on a simulated publisher into the embedded store and print what it found.")
final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--data-dir",
            defaultValue = "heed-data",
            description = "Where the store and data go (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Mixin
    SimOptions simOptions;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path sim = dataDir.resolve("sim");
        SimConfig cfg = simOptions.config();
        System.out.printf(
                "1/9 simulate: %,d users, %,d items, ~%,d events (seed %d)%n",
                cfg.users(), cfg.items(), cfg.targetEvents(), cfg.seed());
        SimSummary simSummary = SimulateCommand.run(cfg, sim);
        long tSim = System.nanoTime();
        System.out.printf("    %,d events written in %.1f s%n", simSummary.events(), (tSim - t0) / 1e9);

        Path storeFile = dataDir.resolve(HeedStore.DEFAULT_FILE);
        Files.deleteIfExists(storeFile);
        Files.deleteIfExists(Path.of(storeFile + ".wal"));
        System.out.println("2/9 ingest into " + storeFile + " (fresh)");
        ValidationPolicy policy = ValidationPolicy.defaults().withDefaultTenant(cfg.tenantId());
        try (HeedStore store = HeedStore.openEmbedded(dataDir)) {
            IngestFiles ingest = new IngestFiles(store, policy);
            IngestFiles.Listener shown = new IngestFiles.Listener() {
                @Override
                public ProgressListener starting(IngestFiles.Source source) {
                    return Progress.start("ingest " + source.file().getFileName(), 100, "%");
                }

                @Override
                public void finished(IngestFiles.Source source, IngestReport report) {
                    System.out.print("    ");
                    Tables.ingest(System.out, report);
                }
            };
            for (var file : List.of(
                    new IngestFiles.Source(sim.resolve("items.csv"), IngestFormat.ITEMS_CSV),
                    new IngestFiles.Source(sim.resolve("users.csv"), IngestFormat.USERS_CSV),
                    new IngestFiles.Source(sim.resolve("ads.csv"), IngestFormat.ADS_CSV),
                    new IngestFiles.Source(sim.resolve("events.csv"), IngestFormat.EVENTS_CSV))) {
                ingest.ingest(file, shown);
            }
            long tIngest = System.nanoTime();
            System.out.printf("    ingested in %.1f s%n", (tIngest - tSim) / 1e9);
            Path late = writeLateFeed(sim.resolve("late-feed.jsonl"));
            System.out.println("    a late partner feed with typical faults (hand-made, to show the quarantine):");
            IngestReport lateReport = ingest.ingest(late, IngestFormat.EVENTS_JSONL);
            System.out.print("    ");
            Tables.ingest(System.out, lateReport);

            System.out.println("3/9 clean: bots by inhuman rates, sessions by a 30-minute gap");
            Cleaner.Report clean = new Cleaner(store).clean(CleaningConfig.defaults());
            System.out.printf(
                    "    %,d bot users flagged (%,d events set aside), %,d sessions%n",
                    clean.botUsers(), clean.botEvents(), clean.sessions());
            checkBotsAgainstTruth(store, sim.resolve("truth/bots.csv"));

            System.out.println("4/9 summary");
            Tables.summary(System.out, StoreSummary.of(store));
        }
        System.out.printf(
                "%n5/9 personas: profile features in SQL, k-means (k = %d, the simulator's planted count; "
                        + "`heed personas build` picks k by silhouette when not given), scored against the planted personas%n",
                cfg.personas());
        try (HeedStore store = HeedStore.openEmbedded(dataDir)) {
            PersonaBuildOutput out = new PersonaBuildOutput(System.out);
            PersonaModel built = new BuildPersonas(store, null)
                    .build(
                            BuildPersonas.defaults(PersonaConfig.fixedK(cfg.personas(), cfg.seed())),
                            sim.resolve("truth/personas.csv"),
                            0,
                            out);
            out.save(built, ModelsConfig.defaultPersona(dataDir));
        }
        DemoRecsysStep.run(dataDir);
        System.out.printf(
                "%n7/9 click prediction: pCTR and pCVR on the simulated impressions, beside the true probabilities%n");
        DemoCtrStep.run(sim, dataDir, System.out);
        System.out.printf(
                "%n8/9 ads: the simulator's first day of ad slots as auctions (eligibility, eCPM, second price, pacing)%n");
        new DemoAdsStep(sim, cfg.seed()).run(System.out);
        DemoLoopStep.run(dataDir, cfg);
        System.out.printf(
                "%nDone in %.1f s. Explore: ./heed status | ./heed personas show | ./heed serve%n",
                (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /**
     * A small JSON Lines feed as partners send them: two good events, a replay of an event already ingested, and
     * one of each common fault. Every line is accounted for in the report.
     */
    private static Path writeLateFeed(Path file) throws IOException {
        Files.write(
                file,
                List.of(
                        "{\"event_id\":\"late-1\",\"type\":\"view\",\"user_id\":\"u000001\",\"item_id\":\"i000001\",\"timestamp\":\"2026-10-14T21:00:00Z\",\"device\":\"mobile\"}",
                        "{\"event_id\":\"late-2\",\"type\":\"purchase\",\"user_id\":\"u000001\",\"item_id\":\"i000001\",\"timestamp\":\"2026-10-14T21:05:00Z\",\"value\":3.00}",
                        "{\"event_id\":\"e000000001\",\"type\":\"impression\",\"anonymous_id\":\"anon-087e41430eb0\",\"item_id\":\"i000993\",\"timestamp\":\"2026-10-01T00:00:28.102Z\"}",
                        "{\"event_id\":\"late-3\",\"type\":\"teleport\",\"user_id\":\"u000002\",\"item_id\":\"i000002\",\"timestamp\":\"2026-10-14T21:00:00Z\"}",
                        "{\"event_id\":\"late-4\",\"type\":\"view\",\"user_id\":\"u000002\",\"item_id\":\"i000002\",\"timestamp\":\"2099-01-01T00:00:00Z\"}",
                        "{\"event_id\":\"late-5\",\"type\":\"view\",\"user_id\":\"u000002\",\"item_id\":\"i000002\",\"timestamp\":\"1970-01-01T00:00:00Z\"}",
                        "{\"event_id\":\"late-6\",\"type\":\"dwell\",\"user_id\":\"u000002\",\"item_id\":\"i000002\",\"timestamp\":\"2026-10-14T21:00:00Z\",\"value\":-3}",
                        "{\"event_id\":\"late-7\",\"type\":\"click\",\"item_id\":\"i000002\",\"timestamp\":\"2026-10-14T21:00:00Z\"}",
                        "{\"event_id\":\"late-8\",\"type\":\"click\",\"user_id\":\"u000003\",\"item_id\":\"i0000"));
        return file;
    }

    /** Precision and recall of the bot flags against the bots the simulator planted. */
    private static void checkBotsAgainstTruth(HeedStore store, Path truth) throws IOException {
        if (!Files.exists(truth)) {
            return;
        }
        Set<String> planted = new HashSet<>(Files.readAllLines(truth));
        planted.remove("user_id");
        planted.removeIf(String::isBlank);
        Set<String> flagged = store.read(c -> {
            Set<String> s = new HashSet<>();
            try (Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT user_id FROM bot_users")) {
                while (r.next()) {
                    s.add(r.getString(1));
                }
            }
            return s;
        });
        Set<String> hit = new HashSet<>(flagged);
        hit.retainAll(planted);
        System.out.printf(
                "    against the simulator's truth: %d of %d planted bots flagged, %d false flags%n",
                hit.size(), planted.size(), flagged.size() - hit.size());
    }
}
