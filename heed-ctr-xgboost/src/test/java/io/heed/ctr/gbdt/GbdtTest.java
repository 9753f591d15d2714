package io.heed.ctr.gbdt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.Contribution;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.CtrSynthetic;
import io.heed.ctr.Explanation;
import io.heed.ctr.Predictor;
import io.heed.ctr.Rows;
import io.heed.ctr.blend.BlendModel;
import io.heed.ctr.blend.BlendTrainer;
import io.heed.ctr.calibration.Probabilities;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.eval.CtrMetrics;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.lr.LrConfig;
import io.heed.ctr.lr.LrTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gbdt family against the same planted click model and guarantees as heed-ctr's families (CtrModelsTest,
 * CtrModelFilesTest, BlendTrainerTest), and its registration: a gbdt file loads through {@link CtrModelFiles}
 * once this module is on the class path.
 */
class GbdtTest {
    private static final CtrRequest REQUEST = CtrRequest.builder()
            .put("user", "u3")
            .put("ad", "a7")
            .put("category", "c1")
            .put("position", "0")
            .build();
    private static final CtrExamples BLEND_DATA = CtrSynthetic.encode(CtrSynthetic.rows(3000, 4), CtrSynthetic.SPEC);
    private static List<CtrSynthetic.Row> testRows;
    private static CtrExamples train;
    private static CtrExamples test;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() {
        List<CtrSynthetic.Row> all = CtrSynthetic.rows(24_000, 7);
        testRows = all.subList(20_000, all.size());
        train = CtrSynthetic.encode(all.subList(0, 20_000), CtrSynthetic.SPEC);
        test = CtrSynthetic.encode(testRows, CtrSynthetic.SPEC);
    }

    private static GbdtTrainer trees() {
        return new GbdtTrainer(new GbdtConfig(150, 6, 0.2, 1, 1, 1, 1, 42));
    }

    @Test
    void comesCloseToTheTrueProbabilities() {
        CtrModel m = CtrModels.train(trees(), CtrSynthetic.SPEC, train, 0.1, CalibrationMethod.PLATT, "synthetic", 1);

        CtrEvaluation e = CtrEvaluation.of(m, test);
        double[] truth = testRows.stream().mapToDouble(CtrSynthetic.Row::p).toArray();
        assertThat(e.logLoss()).isLessThan(CtrMetrics.logLoss(truth, test.labels()) * 1.10);
        // Trees split one one-hot slot at a time, so the planted user × category effect costs them more AUC.
        assertThat(e.auc()).isGreaterThan(CtrMetrics.auc(truth, test.labels()) - 0.07);
        assertThat(e.ece()).isLessThan(0.03);
        assertThat(m.provenance().params()).containsEntry("calibration", "platt");
    }

    @Test
    void unseenMissingAndExtremeInputsGiveBoundedProbabilities() {
        CtrModel m = CtrModels.train(trees(), CtrSynthetic.SPEC, train, 0.1, CalibrationMethod.ISOTONIC, "s", 1);
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
            assertThat(m.predict(r)).isFinite().isBetween(Probabilities.EPS, 1 - Probabilities.EPS);
            assertThat(m.explain(r, 5).probability()).isFinite().isBetween(0.0, 1.0);
        }
    }

    @Test
    void contributionsAddUpToTheLogOdds() {
        CtrModel m = CtrModels.train(trees(), CtrSynthetic.SPEC, train, 0, CalibrationMethod.NONE, "s", 1);
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
    void roundTripsThroughItsFileWithCalibratorAndProvenance() throws IOException {
        CtrExamples data = CtrSynthetic.encode(CtrSynthetic.rows(3000, 2), CtrSynthetic.SPEC);
        CtrModel m = CtrModels.train(
                new GbdtTrainer(new GbdtConfig(10, 4, 0.3, 1, 1, 1, 1, 42)),
                CtrSynthetic.SPEC,
                data,
                0.2,
                CalibrationMethod.PLATT,
                "syn",
                9);
        Path f = dir.resolve("gbdt.heedctr");

        CtrModelFiles.save(m, f);
        CtrModel back = CtrModelFiles.load(f);

        assertThat(CtrModelFiles.algorithms()).contains(GbdtModel.ALGORITHM, "ftrl-lr", "fm", "batch-lr", "blend");
        assertThat(back.algorithm()).isEqualTo(GbdtModel.ALGORITHM);
        assertThat(back.spec()).isEqualTo(CtrSynthetic.SPEC);
        assertThat(back.provenance()).isEqualTo(m.provenance());
        assertThat(back.predict(REQUEST)).isEqualTo(m.predict(REQUEST));
    }

    @Test
    void givenTreesAndLr_theBlendIsTheMeanOfTheirLogOddsAndExplainsExactly() {
        int bits = CtrSynthetic.SPEC.bits();
        Predictor lr = new LrTrainer(LrConfig.defaults()).fit(BLEND_DATA, bits);
        Predictor trees = new GbdtTrainer(new GbdtConfig(20, 3, 0.3, 1, 1, 1, 1, 42)).fit(BLEND_DATA, bits);
        BlendModel blend = (BlendModel) new BlendTrainer(List.of(
                        new LrTrainer(LrConfig.defaults()),
                        new GbdtTrainer(new GbdtConfig(20, 3, 0.3, 1, 1, 1, 1, 42))))
                .fit(BLEND_DATA, bits);

        double[] batch = blend.margins(BLEND_DATA);
        for (int r = 0; r < 40; r++) {
            var x = Rows.vector(BLEND_DATA, r);
            double expected = (lr.margin(x) + trees.margin(x)) / 2;
            assertThat(blend.margin(x)).isCloseTo(expected, within(1e-6));
            assertThat(batch[r]).isCloseTo(expected, within(1e-6));
            double sum = 0;
            for (double c : blend.contributions(x)) {
                sum += c;
            }
            assertThat(sum).isCloseTo(blend.margin(x), within(1e-4));
        }
        assertThat(blend.params()).containsKey("0.batch-lr.l2").containsKey("1.gbdt.maxDepth");
    }
}
