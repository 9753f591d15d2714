package io.heed.ctr.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModels;
import io.heed.ctr.Rows;
import io.heed.ctr.data.Encoder;
import io.heed.ctr.data.LibfmReader;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturePipelineTest {

    @Test
    void trainingAndServingEncodeTheSameRequestToTheSameVector(@TempDir Path dir) throws IOException {
        // given a training file read by the training path (reader → Encoder) and a model trained on it
        Path file = dir.resolve("tiny.libfm");
        Files.writeString(file, "1 3:1 10:1\r\n-1 4:1 10:1\r\n1 3:1 11:1\r\n-1 5:1 11:1\r\n");
        FeatureSpec spec = FeatureSpec.of(12, List.of("user", "item")).withCrosses(List.of(List.of("user", "item")));
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        new LibfmReader(List.of("user", "item")).read(file, enc);
        CtrExamples train = enc.build();
        CtrModel model = CtrModels.train(
                new FtrlTrainer(FtrlConfig.defaults().withEpochs(3)),
                spec,
                train,
                0,
                CalibrationMethod.NONE,
                "tiny",
                1);

        // when the serving path encodes the same rows as requests
        List<CtrRequest> served = new ArrayList<>();
        served.add(CtrRequest.builder().put("user", "3").put("item", "10").build());
        served.add(CtrRequest.builder().put("user", "4").put("item", "10").build());
        served.add(CtrRequest.builder().put("user", "3").put("item", "11").build());
        served.add(CtrRequest.builder().put("user", "5").put("item", "11").build());

        // then vectors and probabilities agree exactly
        for (int r = 0; r < served.size(); r++) {
            FeatureVector trained = Rows.vector(train, r);
            FeatureVector serving = model.pipeline().encode(served.get(r));
            assertThat(serving.index()).containsExactly(trained.index());
            assertThat(serving.value()).containsExactly(trained.value());
            assertThat(model.predict(served.get(r))).isEqualTo(model.probability(trained));
            assertThat(model.explain(served.get(r), 3).probability())
                    .isCloseTo(model.predict(served.get(r)), org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void namesDoNotChangeSlotsAndMissingFieldsAreExplicit() {
        FeatureSpec spec = new FeatureSpec(
                16,
                List.of("user", "device"),
                List.of(
                        new NumericField("price", NumericField.Transform.LOG_BUCKET),
                        new NumericField("seen", NumericField.Transform.LOG_VALUE)),
                List.of(List.of("user", "device")));
        FeaturePipeline p = new FeaturePipeline(spec);
        CtrRequest r = CtrRequest.builder()
                .put("user", "u1")
                .put("price", 12.5)
                .put("seen", Double.NaN)
                .build();

        FeatureVector plain = p.encode(r);
        FeatureVector named = p.encode(r, true);

        assertThat(named.index()).containsExactly(plain.index());
        assertThat(named.names())
                .containsExactly(
                        "bias",
                        "user=u1",
                        "device=(missing)",
                        "price=b3",
                        "seen=(missing)",
                        "user=u1×device=(missing)");
        assertThat(java.util.Arrays.stream(plain.index()).allMatch(i -> i >= 0 && i < spec.dimension()))
                .isTrue();
    }

    @Test
    void extremeNumbersStayFiniteAndBounded() {
        FeatureSpec spec = new FeatureSpec(
                10,
                List.of(),
                List.of(
                        new NumericField("x", NumericField.Transform.LOG_VALUE),
                        new NumericField("y", NumericField.Transform.LOG_BUCKET)),
                List.of());
        FeaturePipeline p = new FeaturePipeline(spec);
        for (double x : new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, -0.0, 1e-300}) {
            FeatureVector v =
                    p.encode(CtrRequest.builder().put("x", x).put("y", x).build());
            for (float f : v.value()) {
                assertThat(f).isFinite().isBetween(-20f, 20f);
            }
        }
    }

    @Test
    void hashIsMurmur3() {
        // Reference values of MurmurHash3_x86_32 with seed 0.
        assertThat(FeatureHasher.murmur3("".getBytes())).isEqualTo(0);
        assertThat(FeatureHasher.murmur3("hello".getBytes())).isEqualTo(0x248bfa47);
        assertThat(FeatureHasher.murmur3("The quick brown fox jumps over the lazy dog".getBytes()))
                .isEqualTo(0x2e4ff723);
    }
}
