package io.heed.ctr.blend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.CtrSynthetic;
import io.heed.ctr.Explanation;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.ctr.lr.LrConfig;
import io.heed.ctr.lr.LrTrainer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlendTrainerTest {
    private static final CtrExamples DATA = CtrSynthetic.encode(CtrSynthetic.rows(3000, 4), CtrSynthetic.SPEC);
    private static final CtrRequest REQUEST = CtrRequest.builder()
            .put("user", "u3")
            .put("ad", "a7")
            .put("category", "c1")
            .put("position", "0")
            .build();

    @TempDir
    Path dir;

    @Test
    void aBlendRoundTripsThroughItsFileAndScoresTheSame() throws IOException {
        CtrModel m = CtrModels.train(
                new BlendTrainer(List.of(new LrTrainer(LrConfig.defaults()), new FtrlTrainer(FtrlConfig.defaults()))),
                CtrSynthetic.SPEC,
                DATA,
                0.2,
                CalibrationMethod.PLATT,
                "syn",
                9);
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
            assertThatThrownBy(() -> BlendModel.read(in))
                    .hasMessageContaining("unknown CTR algorithm 'no-such-family'");
        }
    }
}
