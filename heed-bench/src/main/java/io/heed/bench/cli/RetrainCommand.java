package io.heed.bench.cli;

import io.heed.app.LabelPersonas;
import io.heed.bench.loop.ClosedLoop;
import io.heed.cli.StoreOptions;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.heed.sim.SimConfig;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code heed retrain}: one scheduled retrain of the closed loop on a store the demo (or the same simulation) filled:
 * personas labelled by the stored persona model, the champion click model trained on the store's ad logs, a
 * challenger on those logs plus new feedback, and the promotion decision with its evidence logged in the store.
 * The world the feedback comes from is the simulated publisher of the given options (the demo's, by default).
 */
@Command(
        name = "retrain",
        mixinStandardHelpOptions = true,
        description = "Retrain a challenger click model and promote it only if it wins off-policy (decision logged).")
final class RetrainCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    SimOptions simOptions;

    @Option(
            names = "--feedback",
            defaultValue = "50000",
            description = "New feedback impressions for the challenger (default: ${DEFAULT-VALUE}).")
    int feedback;

    @Option(
            names = "--ope-logs",
            defaultValue = "100000",
            description = "Fresh baseline logs for the off-policy estimates (default: ${DEFAULT-VALUE}).")
    int opeLogs;

    @Override
    public Integer call() {
        if (feedback < 1 || opeLogs < 100) {
            System.err.println(
                    "--feedback must be >= 1 and --ope-logs >= 100 (were " + feedback + ", " + opeLogs + ")");
            return 1;
        }
        Path modelFile = store.dataDir().resolve("personas").resolve("persona-model.json");
        if (!Files.exists(modelFile)) {
            System.err.println("no persona model at " + modelFile + ": run `heed demo` or `heed personas build` first");
            return 1;
        }
        SimConfig cfg = simOptions.config();
        PersonaModel personas = PersonaModelJson.load(modelFile);
        try (HeedStore s = store.open()) {
            Map<String, String> labels = new LabelPersonas(s).labels(personas, cfg.tenantId());
            ClosedLoop loop;
            try {
                loop = ClosedLoop.fromStore(cfg, s, labels);
            } catch (IllegalArgumentException e) {
                System.err.println("cannot train the champion from the store: " + e.getMessage());
                return 1;
            }
            RetrainStep.run(s, loop, cfg, feedback, opeLogs, System.out);
        }
        return 0;
    }
}
