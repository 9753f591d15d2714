package io.heed.server;

import static io.heed.server.ServerTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ModelsConfig;
import io.heed.app.config.ServerConfig;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaClusterer;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaDescriber;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.server.ServerTestSupport.Reply;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /v1/users/{id}/profile} and {@code GET /v1/personas/drift} over real HTTP on a real DuckDB store: 40
 * users in two planted groups (gamers at night, news readers in the morning), a k = 2 model built from the store's
 * own SQL features and saved where {@code heed personas build} saves it.
 */
class PersonaApiTest {
    @TempDir
    static Path dir;

    static HeedStore store;
    static HeedServer server;
    static HeedServer noModel;
    static PersonaModel model;
    static ProfileMatrix profiles;

    @BeforeAll
    static void start() throws Exception {
        store = HeedStore.openEmbedded(dir.resolve("data"));
        Path items = Files.writeString(
                dir.resolve("items.csv"),
                "item_id,category,price\n" + "g1,gaming,10\ng2,gaming,20\nn1,news,1\nn2,news,2\n");
        StringBuilder ev =
                new StringBuilder("event_id,type,user_id,item_id,timestamp,device,platform,geo,session_id\n");
        int id = 0;
        for (int u = 0; u < 40; u++) {
            boolean gamer = u % 2 == 0;
            for (int e = 0; e < 12; e++) {
                String item = (gamer ? "g" : "n") + (1 + e % 2);
                String type = e % 3 == 0 ? "click" : e % 3 == 1 ? "view" : "impression";
                int day = 1 + e % 10;
                String hour = gamer ? "23" : "08";
                ev.append(String.format(
                        "e%d,%s,u%02d,%s,2026-10-%02dT%s:%02d:00Z,%s,web,GB,s%d-%d%n",
                        id++, type, u, item, day, hour, u, gamer ? "desktop" : "mobile", u, day));
            }
        }
        Path events = Files.writeString(dir.resolve("events.csv"), ev.toString());
        EventStore.of(store)
                .ingestFile(
                        items,
                        IngestFormat.ITEMS_CSV,
                        ValidationPolicy.defaults(),
                        MappingOptions.defaults(),
                        ProgressListener.NONE);
        EventStore.of(store)
                .ingestFile(
                        events,
                        IngestFormat.EVENTS_CSV,
                        ValidationPolicy.defaults(),
                        MappingOptions.defaults(),
                        ProgressListener.NONE);
        new Cleaner(store).clean(CleaningConfig.defaults());
        SqlProfileFeatures src = new SqlProfileFeatures(store, null);
        profiles = src.compute();
        PersonaClusterer.Fit fit =
                new PersonaClusterer(PersonaConfig.fixedK(2, 7).withStandardFeatures()).fit(profiles, src.dataWindow());
        model = fit.model()
                .withDescriptions(PersonaDescriber.defaults().describe(profiles, fit.labels(), 2, List.of()));
        Path file = dir.resolve("data/personas/persona-model.json");
        PersonaModelJson.save(model, file);
        server = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults().withPort(0))
                        .withModels(ModelsConfig.defaults().withPersona(file)),
                store);
        noModel = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults().withPort(0))
                        .withModels(ModelsConfig.defaults().withPersona(dir.resolve("nothing-here.json"))),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        noModel.close();
        store.close();
    }

    @Test
    void aUsersProfileHasTheStoresFeaturesTheModelsPersonaAndTopInterests() {
        // when
        Reply r = get(server, "/v1/users/u00/profile");
        // then
        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getString("user_id")).isEqualTo("u00");
        assertThat(body.getString("feature_set")).isEqualTo("heed-profile v2");
        assertThat(java.time.Instant.parse(body.getString("priors_computed_at")))
                .isBeforeOrEqualTo(java.time.Instant.now());
        int row = profiles.rowOf("u00");
        JsonObject features = body.getJsonObject("features");
        assertThat(features.fieldNames()).hasSize(profiles.dims());
        for (int j = 0; j < profiles.dims(); j++) {
            assertThat(features.getDouble(profiles.features().names().get(j)))
                    .as(profiles.features().names().get(j))
                    .isCloseTo(profiles.get(row, j), within(1e-12));
        }
        int expected = model.assigner().assign(profiles.row(row));
        assertThat(body.getJsonObject("persona").getInteger("index")).isEqualTo(expected);
        assertThat(body.getJsonObject("persona").getString("label")).contains("gaming");
        assertThat(body.getJsonArray("top_interests").getJsonObject(0).getString("category"))
                .isEqualTo("gaming");
        // the news reader lands in the other persona
        Reply news = get(server, "/v1/users/u01/profile");
        assertThat(news.json().getJsonObject("persona").getInteger("index")).isNotEqualTo(expected);
    }

    @Test
    void unknownUsersAre404AndWithoutAModelTheFeaturesStillComeBack() {
        Reply unknown = get(server, "/v1/users/nobody/profile");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.raw().body()).contains("unknown_user", "nobody");
        Reply bare = get(noModel, "/v1/users/u03/profile");
        assertThat(bare.status()).isEqualTo(200);
        assertThat(bare.json().getValue("persona")).isNull();
        assertThat(bare.json().getString("persona_note")).contains("heed personas build");
        assertThat(bare.json().getJsonObject("features").getDouble("feed_personalised"))
                .isEqualTo(1.0);
        assertThat(get(noModel, "/v1/personas/drift").status()).isEqualTo(404);
    }

    @Test
    void driftOnTheDataTheModelWasBuiltOnIsZero() {
        // when
        Reply r = get(server, "/v1/personas/drift");
        // then
        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getInteger("users")).isEqualTo(40);
        assertThat(body.getDouble("psi")).isCloseTo(0, within(1e-12));
        assertThat(body.getString("verdict")).isEqualTo("stable");
        assertThat(body.getJsonArray("personas")).hasSize(2);
        JsonObject p0 = body.getJsonArray("personas").getJsonObject(0);
        assertThat(p0.getDouble("share")).isEqualTo(p0.getDouble("built_share")).isEqualTo(0.5);
    }

    @Test
    void theOpenApiDocumentDescribesTheNewRoutes() {
        JsonObject paths = get(server, "/v1/openapi.json").json().getJsonObject("paths");
        assertThat(paths.fieldNames()).contains("/v1/users/{id}/profile", "/v1/personas/drift", "/v1/personas");
        assertThat(paths.getJsonObject("/v1/users/{id}/profile")
                        .getJsonObject("get")
                        .getJsonObject("responses")
                        .fieldNames())
                .contains("200", "404");
    }
}
