package io.heed.server;

import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ModelsConfig;
import io.heed.app.config.ServerConfig;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /v1/ctr/explain on real HTTP against a model file trained here. */
class CtrApiTest {
    @TempDir
    static Path dir;

    static HeedStore store;
    static HeedServer server;
    static Path model;

    @BeforeAll
    static void start() {
        store = HeedStore.openEmbedded(dir);
        model = dir.resolve("models/ctr.heedctr");
        server = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults().withPort(0))
                        .withModels(ModelsConfig.defaults().withCtr(model)),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void explainsWithTheSavedModelAnd404sWithoutOne() throws Exception {
        String body = "{\"fields\": {\"user\": \"u1\", \"category\": \"sports\", \"device\": \"mobile\"},"
                + " \"numbers\": {\"seen\": 1}, \"top\": 3}";
        ServerTestSupport.Reply none = post(server, "/v1/ctr/explain", body);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().getString("error")).isEqualTo("no_ctr_model");

        FeatureSpec spec = FeatureSpec.of(12, List.of("user", "category", "device"))
                .withCrosses(List.of(List.of("user", "category")));
        FeaturePipeline pipeline = new FeaturePipeline(spec);
        CtrExamples.Builder b = new CtrExamples.Builder();
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < 3000; i++) {
            String user = "u" + rnd.nextInt(5);
            String cat = rnd.nextBoolean() ? "sports" : "news";
            double p = user.equals("u1") && cat.equals("sports") ? 0.6 : 0.05;
            b.add(
                    pipeline.encode(CtrRequest.builder()
                            .put("user", user)
                            .put("category", cat)
                            .put("device", "mobile")
                            .build()),
                    rnd.nextDouble() < p ? 1f : 0f,
                    i);
        }
        CtrModelFiles.save(
                CtrModels.train(
                        new FtrlTrainer(FtrlConfig.defaults()),
                        spec,
                        b.build(),
                        0.2,
                        CalibrationMethod.PLATT,
                        "api test",
                        1),
                model);

        ServerTestSupport.Reply ok = post(server, "/v1/ctr/explain", body);

        assertThat(ok.status()).isEqualTo(200);
        JsonObject j = ok.json();
        assertThat(j.getDouble("p_click")).isBetween(0.3, 0.9);
        assertThat(j.getJsonArray("top").size()).isBetween(1, 3);
        assertThat(j.getJsonArray("top").stream().map(o -> ((JsonObject) o).getString("feature")))
                .contains("user=u1×category=sports");
        assertThat(j.getString("why")).contains("your interest in sports").doesNotContain("u1");
    }

    @Test
    void badBodiesAreRejectedNamingTheField() {
        assertThat(post(server, "/v1/ctr/explain", "{\"fields\": {\"user\": 3}}")
                        .json()
                        .getString("message"))
                .contains("fields.user");
        assertThat(post(server, "/v1/ctr/explain", "{\"top\": 1000}").status()).isEqualTo(400);
        assertThat(post(server, "/v1/ctr/explain", "not json").status()).isEqualTo(400);
    }
}
