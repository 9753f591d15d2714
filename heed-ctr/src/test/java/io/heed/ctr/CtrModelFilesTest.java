package io.heed.ctr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.fm.FmTrainer;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.ctr.lr.LrConfig;
import io.heed.ctr.lr.LrTrainer;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtrModelFilesTest {
    /** The request the golden file was checked with, and the probability format version 1 gave. */
    static final CtrRequest GOLDEN_REQUEST = CtrRequest.builder()
            .put("user", "u3")
            .put("ad", "a7")
            .put("category", "c1")
            .put("position", "0")
            .build();

    static final double GOLDEN_P = 0.11251021239022042;

    @TempDir
    Path dir;

    @Test
    void everyFamilyRoundTripsWithItsCalibratorAndProvenance() throws IOException {
        CtrExamples data = CtrSynthetic.encode(CtrSynthetic.rows(3000, 2), CtrSynthetic.SPEC);
        for (CtrTrainer t : List.of(
                new FtrlTrainer(FtrlConfig.defaults()),
                new FmTrainer(FmConfig.defaults().withFactors(4).withEpochs(3)),
                new LrTrainer(LrConfig.defaults()))) {
            CtrModel m = CtrModels.train(t, CtrSynthetic.SPEC, data, 0.2, CalibrationMethod.PLATT, "syn", 9);
            Path f = dir.resolve(t.algorithm() + ".heedctr");

            CtrModelFiles.save(m, f);
            CtrModel back = CtrModelFiles.load(f);

            assertThat(back.algorithm()).isEqualTo(t.algorithm());
            assertThat(back.spec()).isEqualTo(CtrSynthetic.SPEC);
            assertThat(back.provenance()).isEqualTo(m.provenance());
            assertThat(back.predict(GOLDEN_REQUEST)).isEqualTo(m.predict(GOLDEN_REQUEST));
        }
    }

    @Test
    void formatVersionOneFileStillLoadsAndScoresTheSame() throws IOException, URISyntaxException {
        Path file =
                Path.of(getClass().getResource("/golden/ctr-ftrl-v1.heedctr").toURI());

        CtrModel m = CtrModelFiles.load(file);

        assertThat(m.provenance().formatVersion()).isEqualTo(1);
        assertThat(m.algorithm()).isEqualTo("ftrl-lr");
        assertThat(m.predict(GOLDEN_REQUEST)).isEqualTo(GOLDEN_P);
    }

    @Test
    void anotherFormatVersionFailsNamingBothVersions() throws IOException {
        Path f = dir.resolve("old.heedctr");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(f))) {
            out.write("HEEDCTR\n".getBytes(StandardCharsets.US_ASCII));
            out.writeInt(0);
        }
        assertThatThrownBy(() -> CtrModelFiles.load(f))
                .hasMessageContaining("format version 0")
                .hasMessageContaining("reads format version 1");
        Path notModel = Files.writeString(dir.resolve("x.heedctr"), "hello");
        assertThatThrownBy(() -> CtrModelFiles.load(notModel)).hasMessageContaining("not a Heed CTR model");
    }

    /** Writes the golden file once (kept for reference; the committed file must never be regenerated). */
    static void main(String[] args) throws IOException {
        CtrExamples data = CtrSynthetic.encode(CtrSynthetic.rows(3000, 2), CtrSynthetic.SPEC);
        CtrModel m = CtrModels.train(
                new FtrlTrainer(FtrlConfig.defaults()),
                CtrSynthetic.SPEC,
                data,
                0.2,
                CalibrationMethod.PLATT,
                "golden synthetic",
                9);
        CtrModelFiles.save(m, Path.of(args[0]));
        System.out.println(m.predict(GOLDEN_REQUEST));
    }
}
