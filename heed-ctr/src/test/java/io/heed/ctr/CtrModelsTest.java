package io.heed.ctr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.calibration.Probabilities;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.eval.CtrMetrics;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.fm.FmTrainer;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlModel;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Quality bands on the planted click model, and the bad-input guarantees, for every family (gbdt: GbdtTest). */
class CtrModelsTest {
    private static List<CtrSynthetic.Row> trainRows;
    private static List<CtrSynthetic.Row> testRows;
    private static CtrExamples train;
    private static CtrExamples test;

    @BeforeAll
    static void data() {
        List<CtrSynthetic.Row> all = CtrSynthetic.rows(24_000, 7);
        trainRows = all.subList(0, 20_000);
        testRows = all.subList(20_000, all.size());
        train = CtrSynthetic.encode(trainRows, CtrSynthetic.SPEC);
        test = CtrSynthetic.encode(testRows, CtrSynthetic.SPEC);
    }

    static Stream<CtrTrainer> trainers() {
        return Stream.of(
                new FtrlTrainer(new FtrlConfig(0.1, 1, 0.5, 1, 2)),
                new FmTrainer(FmConfig.defaults().withFactors(4)));
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void everyFamilyComesCloseToTheTrueProbabilities(CtrTrainer trainer) {
        CtrModel m = CtrModels.train(trainer, CtrSynthetic.SPEC, train, 0.1, CalibrationMethod.PLATT, "synthetic", 1);

        CtrEvaluation e = CtrEvaluation.of(m, test);
        double[] truth = testRows.stream().mapToDouble(CtrSynthetic.Row::p).toArray();
        double truthLoss = CtrMetrics.logLoss(truth, test.labels());
        double truthAuc = CtrMetrics.auc(truth, test.labels());

        assertThat(e.logLoss()).isLessThan(truthLoss * 1.10);
        assertThat(e.auc()).isGreaterThan(truthAuc - 0.05);
        assertThat(e.ece()).isLessThan(0.03);
        assertThat(m.provenance().params()).containsEntry("calibration", "platt");
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void unseenMissingAndExtremeInputsGiveBoundedProbabilities(CtrTrainer trainer) {
        CtrModel m = CtrModels.train(trainer, CtrSynthetic.SPEC, train, 0.1, CalibrationMethod.ISOTONIC, "s", 1);
        List<CtrRequest> odd = List.of(
                CtrRequest.builder().build(),
                CtrRequest.builder()
                        .put("user", "never-seen")
                        .put("ad", "nor-this")
                        .put("category", "")
                        .build(),
                CtrRequest.builder()
                        .put("user", "u1")
                        .put("position", "999999999")
                        .put("price", Double.NaN)
                        .put("x", Double.POSITIVE_INFINITY)
                        .put("y", -Double.MAX_VALUE)
                        .build());
        for (CtrRequest r : odd) {
            double p = m.predict(r);
            assertThat(p).isFinite().isBetween(Probabilities.EPS, 1 - Probabilities.EPS);
            Explanation ex = m.explain(r, 5);
            assertThat(ex.probability()).isFinite().isBetween(0.0, 1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void contributionsAddUpToTheLogOdds(CtrTrainer trainer) {
        CtrModel m = CtrModels.train(trainer, CtrSynthetic.SPEC, train, 0, CalibrationMethod.NONE, "s", 1);
        CtrRequest r = testRows.get(0).request();

        Explanation ex = m.explain(r, 100);

        double sum =
                ex.bias() + ex.top().stream().mapToDouble(Contribution::logOdds).sum();
        assertThat(sum).isCloseTo(ex.logOdds(), within(1e-3));
        assertThat(Probabilities.sigmoid(ex.logOdds())).isCloseTo(m.predict(r), within(1e-5));
        assertThat(ex.top()).isNotEmpty();
        assertThat(ex.top().get(0).feature()).contains("=");
    }

    @Test
    void l1KeepsFtrlSparse() {
        FtrlModel dense = (FtrlModel) new FtrlTrainer(new FtrlConfig(0.1, 1, 0, 1, 1)).fit(train, 14);
        FtrlModel sparse = (FtrlModel) new FtrlTrainer(new FtrlConfig(0.1, 1, 20, 1, 1)).fit(train, 14);

        assertThat(sparse.nonZero()).isLessThan(dense.nonZero() / 2);
    }

    @Test
    void fmLearnsAnInteractionALinearModelCannot() {
        // XOR of two fields: no additive model beats chance, a factorization machine does.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        var pipeline =
                new io.heed.ctr.features.FeaturePipeline(io.heed.ctr.features.FeatureSpec.of(10, List.of("a", "b")));
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int i = 0; i < 8000; i++) {
            int x = rnd.nextInt(2);
            int y = rnd.nextInt(2);
            double p = x == y ? 0.8 : 0.2;
            b.add(
                    pipeline.encode(CtrRequest.builder()
                            .put("a", "" + x)
                            .put("b", "" + y)
                            .build()),
                    rnd.nextDouble() < p ? 1f : 0f,
                    i);
        }
        CtrExamples xor = b.build();
        Predictor lr = new FtrlTrainer(new FtrlConfig(0.1, 1, 0, 1, 3)).fit(xor, 10);
        Predictor fm = new FmTrainer(
                        FmConfig.defaults().withFactors(4).withEarlyStop(0).withEpochs(10))
                .fit(xor, 10);

        double aucLr = CtrMetrics.auc(probabilities(lr, xor), xor.labels());
        double aucFm = CtrMetrics.auc(probabilities(fm, xor), xor.labels());
        assertThat(aucLr).isLessThan(0.56);
        assertThat(aucFm).isGreaterThan(0.75);
    }

    private static double[] probabilities(Predictor p, CtrExamples d) {
        double[] m = p.margins(d);
        for (int i = 0; i < m.length; i++) {
            m[i] = Probabilities.sigmoid(m[i]);
        }
        return m;
    }
}
