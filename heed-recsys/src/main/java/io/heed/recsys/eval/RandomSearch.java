package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import io.heed.recsys.JsonFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.cf.Algorithms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * {@code heed tune}: random search over {@link Algorithms#searchSpace} with early stopping. The data is split once
 * by the protocol (seed); a validation split is carved from the training part only (same protocol, seed + 1), and
 * every trial is scored there by NDCG@10. The search stops after {@code trials} trials, or earlier once
 * {@code patience} trials in a row have not improved the best validation score by more than {@code minDelta}.
 * The first trial is always the defaults. The winner is then trained on the whole training part and scored once on
 * the test part, which no trial has seen.
 */
public final class RandomSearch {
    private RandomSearch() {}

    /** One tried configuration. */
    public record Trial(Map<String, Double> params, double validationNdcg10, double trainSeconds) {}

    /** The outcome, written as JSON by {@link #save}. */
    public record Result(
            String model,
            String split,
            long seed,
            int trialsRun,
            boolean stoppedEarly,
            Map<String, Double> bestParams,
            double bestValidationNdcg10,
            double testNdcg10,
            double testRecall10,
            List<Trial> trials) {}

    public static Result run(
            Interactions data,
            String model,
            SplitProtocol protocol,
            double testFraction,
            long seed,
            int trials,
            int patience,
            double minDelta,
            Consumer<String> log) {
        if (trials < 1 || patience < 1) {
            throw new IllegalArgumentException("trials and patience must be >= 1, got " + trials + " and " + patience);
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("minDelta must be finite and >= 0, got " + minDelta);
        }
        Map<String, Algorithms.Range> space = Algorithms.searchSpace(model);
        HoldoutSplit split = protocol.split(data, testFraction, seed);
        HoldoutSplit validation = protocol.split(split.train(), testFraction, seed + 1);
        if (validation.test().nnz() == 0) {
            throw new IllegalArgumentException("the validation split carved from training has no test interactions");
        }
        Random rnd = new Random(seed);
        List<Trial> done = new ArrayList<>();
        Trial best = null;
        int sinceBest = 0;
        boolean early = false;
        for (int t = 0; t < trials; t++) {
            Map<String, Double> params = new LinkedHashMap<>();
            if (t > 0) {
                space.forEach((k, r) -> params.put(k, r.sample(rnd)));
            }
            long t0 = System.nanoTime();
            RecModel m = Algorithms.trainer(model, params, seed).fit(validation.train(), "validation split");
            double secs = (System.nanoTime() - t0) / 1e9;
            Trial trial = new Trial(params, Evaluator.evaluate(m, validation).ndcg10(), secs);
            done.add(trial);
            log.accept(String.format(
                    Locale.ROOT,
                    "trial %2d %-60s validation NDCG@10 %.4f (%.1f s)",
                    t + 1,
                    params.isEmpty() ? "(defaults)" : params.toString(),
                    trial.validationNdcg10(),
                    secs));
            if (best == null || trial.validationNdcg10() > best.validationNdcg10() + minDelta) {
                best = trial;
                sinceBest = 0;
            } else if (++sinceBest >= patience) {
                early = t < trials - 1;
                break;
            }
        }
        RecModel winner = Algorithms.trainer(model, best.params(), seed).fit(split.train(), "training split");
        EvalResult test = Evaluator.evaluate(winner, split);
        return new Result(
                model,
                protocol.cliName(),
                seed,
                done.size(),
                early,
                best.params(),
                best.validationNdcg10(),
                test.ndcg10(),
                test.recall10(),
                done);
    }

    public static void save(Result r, Path file) throws IOException {
        JsonFiles.write(r, file);
    }

    /** The best parameters of a saved search, for {@code heed evaluate --tuned}; fails naming the file. */
    public static Result load(Path file) throws IOException {
        try {
            Result r = JsonFiles.read(file, Result.class);
            if (r.model() == null || r.bestParams() == null) {
                throw new IOException(file + " is not a `heed tune` result (no model or bestParams)");
            }
            return r;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + " is not a `heed tune` result: " + e.getOriginalMessage(), e);
        }
    }
}
