package io.heed.server;

import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ads.attention.CtrModelEstimator;
import io.heed.ads.port.AttentionEstimator;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ModelsConfig;
import io.heed.app.config.ServerConfig;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.server.ads.AdsContext;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CTR model file in {@code <data-dir>/models/ctr.heedctr} scores the server's auctions; a broken one is refused. */
class AdsCtrModelTest {
    @TempDir
    Path dir;

    @Test
    void decisionsUseTheSavedModelsClickProbability() throws Exception {
        FeatureSpec spec =
                new FeatureSpec(10, List.of("user", "placement", "target", "category"), List.of(), List.of());
        FeaturePipeline pipeline = new FeaturePipeline(spec);
        CtrExamples.Builder b = new CtrExamples.Builder();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 4_000; i++) {
            CtrRequest r = CtrRequest.builder()
                    .put("placement", "feed")
                    .put("target", "c1")
                    .put("category", "news")
                    .put("user", "u" + rnd.nextInt(20))
                    .build();
            b.add(pipeline.encode(r), rnd.nextDouble() < 0.05 ? 1f : 0f, i);
        }
        CtrModel model = CtrModels.train(
                new FtrlTrainer(FtrlConfig.defaults()), spec, b.build(), 0, CalibrationMethod.NONE, "test", 3);
        Path file = dir.resolve("models").resolve("ctr.heedctr");
        Files.createDirectories(file.getParent());
        CtrModelFiles.save(model, file);

        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("store"));
                HeedServer server = HeedServer.start(
                        HeedConfig.defaults()
                                .withServer(ServerConfig.defaults().withPort(0))
                                .withModels(ModelsConfig.defaults().withCtr(file)),
                        store)) {
            assertThat(server.ads().attentionSource()).isEqualTo("ctr_model");
            server.ads().addApiKey("admin-key", "ops", io.heed.ads.port.AdminRole.ADMIN);
            AdsApiTest api = new AdsApiTest();
            api.server = server;
            api.setUp();
            ServerTestSupport.Reply reply = post(
                    server,
                    "/v1/decide",
                    "{\"placement\":\"feed\",\"user\":{\"id\":"
                            + "\"u3\",\"consent\":{\"advertising\":true}},\"context\":{\"category\":\"news\",\"geo\":\"FR\","
                            + "\"device\":\"mobile\"},\"debug\":true}");
            assertThat(reply.status()).isEqualTo(200);
            JsonObject scored = reply.json().getJsonArray("scored").getJsonObject(0);
            double expected = model.predict(CtrModelEstimator.request(
                    new AttentionEstimator.Query("u3", null, "news", "mobile", "feed", "c1", "k1")));
            assertThat(scored.getDouble("p_click")).isEqualTo(expected);
            assertThat(scored.getDouble("ecpm")).isEqualTo(0.5 * 1000 * expected); // CPC bid 0.5, quality 1
        }
    }

    @Test
    void aBrokenModelFileIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("ctr.heedctr");
        Files.writeString(file, "not a model");
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("store"))) {
            assertThatThrownBy(() -> AdsContext.open(store, "t", file))
                    .hasMessageContaining("cannot load the CTR model " + file);
        }
    }
}
