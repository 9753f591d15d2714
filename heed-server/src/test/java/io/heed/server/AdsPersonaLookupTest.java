package io.heed.server;

import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.port.AdminRole;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decide request naming only the user gets the persona stored in {@code user_personas}, with consent only. */
class AdsPersonaLookupTest {
    @TempDir
    Path dir;

    static String body(String user, boolean consent, String persona) {
        return "{\"placement\":\"feed\",\"user\":{\"id\":\"" + user + "\",\"consent\":{\"advertising\":" + consent + "}"
                + (persona == null ? "" : ",\"persona\":\"" + persona + "\"") + "},\"context\":{\"geo\":\"FR\"}}";
    }

    @Test
    void personaTargetingWorksForCallersThatKnowOnlyTheUser() {
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer server = HeedServer.start(
                        HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
            server.ads().addApiKey("admin-key", "ops", AdminRole.ADMIN);
            AdsApiTest api = new AdsApiTest();
            api.server = server;
            api.setUp();
            assertThat(api.put(
                                    "/v1/admin/campaigns/c1",
                                    "admin-key",
                                    AdsApiTest.CAMPAIGN.replace("\"geos\":[\"FR\"]", "\"personas\":[\"gamer\"]"))
                            .status())
                    .isEqualTo(200);
            new PersonaLabels(store)
                    .replace(server.ads().tenant(), Map.of("u1", "gamer", "u2", "reader"), Instant.EPOCH);

            assertThat(ads(server, body("u1", true, null))).isZero(); // labels not read yet: no persona, no ad
            server.ads().reloadPersonas();
            assertThat(ads(server, body("u1", true, null))).isEqualTo(1);
            assertThat(ads(server, body("u2", true, null))).isZero(); // a reader
            assertThat(ads(server, body("u9", true, null))).isZero(); // unknown user
            assertThat(ads(server, body("u1", false, null))).isZero(); // no consent: not personalised
            assertThat(ads(server, body("u2", true, "gamer"))).isEqualTo(1); // the caller's persona wins
        }
    }

    private static int ads(HeedServer server, String body) {
        ServerTestSupport.Reply r = post(server, "/v1/decide", body);
        assertThat(r.status()).isEqualTo(200);
        return r.json().getJsonArray("ads").size();
    }
}
