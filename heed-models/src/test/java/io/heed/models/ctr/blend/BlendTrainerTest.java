package io.heed.models.ctr.blend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.models.ctr.CalibrationMethod;
import io.heed.models.ctr.CtrExamples;
import io.heed.models.ctr.CtrModel;
import io.heed.models.ctr.CtrModelFiles;
import io.heed.models.ctr.CtrModels;
import io.heed.models.ctr.CtrRequest;
import io.heed.models.ctr.CtrSynthetic;
import io.heed.models.ctr.Explanation;
import io.heed.models.ctr.Predictor;
import io.heed.models.ctr.Rows;
import io.heed.models.ctr.eval.CtrEvaluation;
import io.heed.models.ctr.ftrl.FtrlConfig;
import io.heed.models.ctr.ftrl.FtrlTrainer;
import io.heed.models.ctr.gbdt.GbdtConfig;
import io.heed.models.ctr.gbdt.GbdtTrainer;
import io.heed.models.ctr.lr.LrConfig;
import io.heed.models.ctr.lr.LrTrainer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlendTrainerTest {
    private static final CtrExamples DATA = CtrSynthetic.encode(CtrSynthetic.rows(3000, 4), CtrSynthetic.SPEC);
    private static final CtrRequest REQUEST = CtrRequest.builder().put("user", "u3").put("ad", "a7")
            .put("category", "c1").put("position", "0").build();

    @TempDir
    Path dir;

    @Test
    void givenTwoFamilies_theBlendIsTheMeanOfTheirLogOddsAndExplainsExactly() {
        int bits = CtrSynthetic.SPEC.bits();
        Predictor lr = new LrTrainer(LrConfig.defaults()).fit(DATA, bits);
        Predictor trees = new GbdtTrainer(new GbdtConfig(20, 3, 0.3, 1, 1, 1, 1, 42)).fit(DATA, bits);
        BlendModel blend = (BlendModel) new BlendTrainer(List.of(new LrTrainer(LrConfig.defaults()),
                new GbdtTrainer(new GbdtConfig(20, 3, 0.3, 1, 1, 1, 1, 42)))).fit(DATA, bits);

        double[] batch = blend.margins(DATA);
        for (int r = 0; r < 40; r++) {
            var x = Rows.vector(DATA, r);
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

    @Test
    void aBlendRoundTripsThroughItsFileAndScoresTheSame() throws IOException {
        CtrModel m = CtrModels.train(new BlendTrainer(List.of(new LrTrainer(LrConfig.defaults()),
                new FtrlTrainer(FtrlConfig.defaults()))), CtrSynthetic.SPEC, DATA, 0.2, CalibrationMethod.PLATT,
                "syn", 9);
        Path f = dir.resolve("blend.heedctr");

        CtrModelFiles.save(m, f);
        CtrModel back = CtrModelFiles.load(f);

        assertThat(back.algorithm()).isEqualTo("blend");
        assertThat(back.predict(REQUEST)).isEqualTo(m.predict(REQUEST));
        Explanation e = back.explain(REQUEST, 3);
        assertThat(e.probability()).isEqualTo(m.predict(REQUEST));
        assertThat(CtrEvaluation.of(back, DATA).auc()).isGreaterThan(0.6);
    }

    @Test
    void fewerThanTwoComponentsOrACorruptPayloadIsAClearError() throws IOException {
        assertThatThrownBy(() -> new BlendTrainer(List.of(new LrTrainer(LrConfig.defaults()))))
                .hasMessageContaining("at least two components, got 1");
        Path bad = dir.resolve("bad.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(bad))) {
            out.writeInt(1);
        }
        try (var in = new java.io.DataInputStream(Files.newInputStream(bad))) {
            assertThatThrownBy(() -> BlendModel.read(in)).hasMessageContaining("corrupt blend payload: 1 components");
        }
        Path unknown = dir.resolve("unknown.bin");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(unknown))) {
            out.writeInt(2);
            out.writeUTF("no-such-family");
        }
        try (var in = new java.io.DataInputStream(Files.newInputStream(unknown))) {
            assertThatThrownBy(() -> BlendModel.read(in)).hasMessageContaining("unknown CTR algorithm 'no-such-family'");
        }
    }
}
