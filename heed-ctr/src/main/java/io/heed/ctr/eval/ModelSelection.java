package io.heed.ctr.eval;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModels;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.features.FeatureSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses a model family and its hyperparameters on validation rows carved from the training split, never on the
 * test rows: each candidate is fitted on the training part of every validation split and scored on its validation
 * part; the highest mean validation AUC wins (the earlier-listed candidate on a tie). The caller then retrains the
 * winner on the whole training split and reports it on test, so the test set grades one model it never chose.
 */
public final class ModelSelection {
    private ModelSelection() {}

    /** One configuration to try; {@code label} names the family and its hyperparameters in reports. */
    public record Candidate(String label, CtrTrainer trainer) {
        public Candidate {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(trainer, "trainer");
        }
    }

    /** A candidate with its mean validation AUC and log loss over the validation splits. */
    public record Scored(Candidate candidate, double validationAuc, double validationLogLoss) {}

    /** Every candidate's validation score, in the order given, and the winner. */
    public record Result(Scored best, List<Scored> all) {
        /** The best-scoring candidate of one family ({@link CtrTrainer#algorithm()}), on validation. */
        public Scored bestOf(String algorithm) {
            return all.stream()
                    .filter(s -> s.candidate().trainer().algorithm().equals(algorithm))
                    .max(Comparator.comparingDouble(Scored::validationAuc))
                    .orElseThrow(() -> new IllegalArgumentException("no candidate of family " + algorithm));
        }

        /** The families among the candidates, in order of first appearance. */
        public List<String> families() {
            return all.stream()
                    .map(s -> s.candidate().trainer().algorithm())
                    .distinct()
                    .toList();
        }
    }

    /**
     * Scores every candidate on {@code validation} (splits of the training rows only) and returns the winner.
     *
     * @throws IllegalArgumentException without candidates or validation splits, or when a validation part holds
     *                                  one class only (AUC undefined)
     */
    public static Result select(
            List<Candidate> candidates,
            FeatureSpec spec,
            List<Splits.Split> validation,
            CalibrationMethod calibration,
            long seed) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates to choose from");
        }
        if (validation.isEmpty()) {
            throw new IllegalArgumentException("no validation split");
        }
        List<Scored> all = new ArrayList<>();
        Scored best = null;
        for (Candidate c : candidates) {
            double auc = 0;
            double loss = 0;
            for (Splits.Split s : validation) {
                CtrEvaluation e = CtrEvaluation.of(fit(c.trainer(), spec, s.train(), calibration, seed), s.test());
                auc += e.auc();
                loss += e.logLoss();
            }
            Scored scored = new Scored(c, auc / validation.size(), loss / validation.size());
            all.add(scored);
            if (best == null || scored.validationAuc() > best.validationAuc()) {
                best = scored;
            }
        }
        return new Result(best, List.copyOf(all));
    }

    /** The one way both selection and the final retraining fit a model, so they cannot drift apart. */
    public static CtrModel fit(
            CtrTrainer trainer, FeatureSpec spec, CtrExamples train, CalibrationMethod calibration, long seed) {
        return CtrModels.train(trainer, spec, train, 0.1, calibration, "model selection", seed);
    }
}
