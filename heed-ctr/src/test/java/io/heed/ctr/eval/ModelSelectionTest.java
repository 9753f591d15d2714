package io.heed.ctr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.eval.ModelSelection.Candidate;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModelSelectionTest {
    private static final FeatureSpec SPEC = FeatureSpec.of(8, List.of("x"));
    private static final Candidate LEARNER =
            new Candidate("ftrl learns", new FtrlTrainer(new FtrlConfig(0.2, 1, 0, 0.1, 3)));
    /** L1 so strong that every weight stays exactly zero: a constant prediction, validation AUC 0.5. */
    private static final Candidate CONSTANT =
            new Candidate("ftrl constant", new FtrlTrainer(new FtrlConfig(0.2, 1, 1e9, 0, 1)));

    /** Rows whose label follows slot 1 (click-prone) vs slot 2 with probability 0.8; {@code flip} inverts it. */
    private static CtrExamples rows(int n, long seed, boolean flip) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int i = 0; i < n; i++) {
            boolean prone = rnd.nextBoolean();
            boolean click = rnd.nextDouble() < (prone ? 0.8 : 0.2);
            b.add(new int[] {0, prone ? 1 : 2}, new float[] {1, 1}, click ^ flip ? 1 : 0, i);
        }
        return b.build();
    }

    @Test
    void givenALearnerAndAConstant_whenSelecting_thenTheLearnerWinsOnValidation() {
        var validation = List.of(new Splits.Split(rows(2000, 1, false), rows(500, 2, false)));

        ModelSelection.Result r =
                ModelSelection.select(List.of(CONSTANT, LEARNER), SPEC, validation, CalibrationMethod.NONE, 42);

        assertThat(r.best().candidate()).isEqualTo(LEARNER);
        assertThat(r.best().validationAuc()).isGreaterThan(0.75);
        assertThat(r.all()).extracting(s -> s.candidate().label()).containsExactly("ftrl constant", "ftrl learns");
        assertThat(r.all().get(0).validationAuc()).isEqualTo(0.5);
        assertThat(r.families()).containsExactly("ftrl-lr");
        assertThat(r.bestOf("ftrl-lr")).isEqualTo(r.best());
    }

    @Test
    void theChoiceFollowsTheValidationRowsOnly() {
        // Validation rows that contradict the training rows: the learner now ranks them backwards, so the
        // constant model must win. Selection sees no other rows, so a test set cannot sway it.
        var validation = List.of(new Splits.Split(rows(2000, 1, false), rows(500, 2, true)));

        ModelSelection.Result r =
                ModelSelection.select(List.of(LEARNER, CONSTANT), SPEC, validation, CalibrationMethod.NONE, 42);

        assertThat(r.best().candidate()).isEqualTo(CONSTANT);
        assertThat(r.all().get(0).validationAuc()).isLessThan(0.3);
    }

    @Test
    void scoresAreMeansOverSeveralValidationSplits() {
        var good = new Splits.Split(rows(2000, 1, false), rows(500, 2, false));
        var bad = new Splits.Split(rows(2000, 1, false), rows(500, 2, true));

        ModelSelection.Result r =
                ModelSelection.select(List.of(LEARNER), SPEC, List.of(good, bad), CalibrationMethod.NONE, 42);

        double one = ModelSelection.select(List.of(LEARNER), SPEC, List.of(good), CalibrationMethod.NONE, 42)
                .best()
                .validationAuc();
        double other = ModelSelection.select(List.of(LEARNER), SPEC, List.of(bad), CalibrationMethod.NONE, 42)
                .best()
                .validationAuc();
        assertThat(r.best().validationAuc()).isCloseTo((one + other) / 2, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void nothingToChooseFromIsAnError() {
        var validation = List.of(new Splits.Split(rows(100, 1, false), rows(50, 2, false)));
        assertThatThrownBy(() -> ModelSelection.select(List.of(), SPEC, validation, CalibrationMethod.NONE, 1))
                .hasMessageContaining("no candidates");
        assertThatThrownBy(() -> ModelSelection.select(List.of(LEARNER), SPEC, List.of(), CalibrationMethod.NONE, 1))
                .hasMessageContaining("no validation split");
        assertThatThrownBy(() -> ModelSelection.select(List.of(LEARNER), SPEC, validation, CalibrationMethod.NONE, 1)
                        .bestOf("fm"))
                .hasMessageContaining("no candidate of family fm");
    }
}
