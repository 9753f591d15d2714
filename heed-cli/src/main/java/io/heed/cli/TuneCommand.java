package io.heed.cli;

import io.heed.recsys.Interactions;
import io.heed.recsys.eval.RandomSearch;
import io.heed.recsys.eval.SplitProtocol;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code heed tune}: random search for one model on a validation split carved from the training part, with early
 * stopping; the best configuration and its scores are saved as JSON (usable by {@code heed evaluate --tuned}).
 */
@Command(
        name = "tune",
        mixinStandardHelpOptions = true,
        description = "Random search of one recommender's hyperparameters on a validation split carved from training.")
final class TuneCommand implements Callable<Integer> {
    @Mixin
    RecDataOptions data;

    @Option(
            names = "--model",
            required = true,
            description = "The model to tune: ${COMPLETION-CANDIDATES}",
            completionCandidates = EvaluateCommand.ModelNames.class)
    String model;

    @Option(
            names = "--split",
            defaultValue = "random",
            description = "random, temporal or leave-last-out (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(
            names = "--test-fraction",
            defaultValue = "0.2",
            description = "Test (and validation) share (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(
            names = "--trials",
            defaultValue = "20",
            description = "Most configurations tried (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(
            names = "--patience",
            defaultValue = "6",
            description = "Stop after this many trials without improvement (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(
            names = "--min-delta",
            defaultValue = "0.001",
            description = "Smallest NDCG@10 gain that counts as improvement (default: ${DEFAULT-VALUE}).")
    double minDelta;

    @Option(names = "--seed", defaultValue = "42", description = "Split and sampling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where the result goes (default: <data-dir>/models/tuned-MODEL.json).")
    Path out;

    @Override
    public Integer call() throws Exception {
        SplitProtocol protocol = SplitProtocol.parse(split);
        Interactions interactions = data.load();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d interactions; tuning %s on a %s validation split of the training part%n",
                data.describe(),
                interactions.nnz(),
                model,
                protocol.cliName());
        RandomSearch.Result r = RandomSearch.run(
                interactions, model, protocol, testFraction, seed, trials, patience, minDelta, System.out::println);
        Path file = out != null ? out : data.store.dataDir().resolve("models").resolve("tuned-" + model + ".json");
        RandomSearch.save(r, file);
        System.out.printf(
                Locale.ROOT,
                "best %s after %d trial(s)%s: validation NDCG@10 %.4f, test NDCG@10 %.4f%n",
                r.bestParams().isEmpty() ? "(defaults)" : r.bestParams(),
                r.trialsRun(),
                r.stoppedEarly() ? " (stopped early)" : "",
                r.bestValidationNdcg10(),
                r.testNdcg10());
        System.out.println("saved " + file);
        return 0;
    }
}
