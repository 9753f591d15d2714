package io.heed.server;

import static io.heed.server.ServerTestSupport.count;
import static io.heed.server.ServerTestSupport.get;
import static io.heed.server.ServerTestSupport.post;
import static io.heed.server.ServerTestSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.port.AdminRole;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ad API end to end over real HTTP on a real DuckDB store: admin keys, decisions, tracking. */
class AdsApiTest {
    @TempDir
    Path dir;

    HeedStore store;
    HeedServer server;

    static final String CAMPAIGN = "{\"advertiser\":\"acme\",\"pricing\":\"cpc\",\"bid\":0.5,\"total_budget\":100,"
            + "\"daily_budget\":50,\"schedule\":{\"start\":\"2020-01-01T00:00:00Z\",\"end\":\"2099-01-01T00:00:00Z\"},"
            + "\"targeting\":{\"geos\":[\"FR\"]},\"frequency_caps\":[{\"max\":2,\"window_seconds\":3600}]}";

    @BeforeEach
    void start() {
        store = HeedStore.openEmbedded(dir);
        server = HeedServer.start(
                HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store);
        server.ads().addApiKey("admin-key", "ops", AdminRole.ADMIN);
        server.ads().addApiKey("viewer-key", "analyst", AdminRole.VIEWER);
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    ServerTestSupport.Reply put(String path, String key, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b.build());
    }

    void setUp() {
        assertThat(put("/v1/admin/advertisers/acme", "admin-key", "{\"name\":\"Acme\"}")
                        .status())
                .isEqualTo(200);
        assertThat(put("/v1/admin/campaigns/c1", "admin-key", CAMPAIGN).status())
                .isEqualTo(200);
        assertThat(put(
                                "/v1/admin/creatives/k1",
                                "admin-key",
                                "{\"campaign\":\"c1\",\"format\":\"native\","
                                        + "\"landing_url\":\"https://acme.example/shoes\"}")
                        .status())
                .isEqualTo(200);
        assertThat(put("/v1/admin/placements/feed", "admin-key", "{\"format\":\"native\",\"floor_cpm\":0.1}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void adminKeysAndRolesAndValidation() {
        assertThat(put("/v1/admin/advertisers/acme", null, "{}").status()).isEqualTo(401);
        assertThat(put("/v1/admin/advertisers/acme", "wrong", "{}").json().getString("error"))
                .isEqualTo("invalid_api_key");
        assertThat(put("/v1/admin/advertisers/acme", "viewer-key", "{}").status())
                .isEqualTo(403);
        setUp();
        ServerTestSupport.Reply bad = put("/v1/admin/campaigns/c2", "admin-key", CAMPAIGN.replace("0.5", "-1"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("bid");
        assertThat(put("/v1/admin/campaigns/c3", "admin-key", CAMPAIGN.replace("acme", "nobody"))
                        .json()
                        .getString("field"))
                .isEqualTo("advertiser");
        assertThat(put("/v1/admin/campaigns/c4", "admin-key", "{\"advertiser\":\"acme\"}")
                        .json()
                        .getString("field"))
                .isEqualTo("schedule");
        ServerTestSupport.Reply list =
                send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/admin/campaigns"))
                        .header("X-Api-Key", "viewer-key")
                        .GET()
                        .build());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().body()).contains("\"id\":\"c1\"").contains("\"window_seconds\":3600");
        JsonObject stats = get(server, "/v1/ads/stats").json().getJsonObject("rejected_requests");
        assertThat(stats.getLong("admin_missing_key")).isEqualTo(1);
        assertThat(stats.getLong("admin_invalid_key")).isEqualTo(1);
        assertThat(stats.getLong("admin_forbidden")).isEqualTo(1);
        assertThat(stats.getLong("admin_invalid_entity")).isEqualTo(3);
    }

    /** Bodies without a declared length (chunked) and oversized ones go through the router: same answers. */
    @Test
    void decideWithoutContentLengthOrOverTheLimitTakesTheRouterPath() {
        setUp();
        String req = "{\"placement\":\"feed\",\"user\":{\"id\":\"u9\",\"consent\":{\"advertising\":true}},"
                + "\"context\":{\"geo\":\"FR\",\"device\":\"mobile\"}}";
        byte[] bytes = req.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ServerTestSupport.Reply chunked =
                send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/decide"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                        .build());
        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.json().getJsonArray("ads").getJsonObject(0).getString("campaign"))
                .isEqualTo("c1");
        ServerTestSupport.Reply bad =
                send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/decide"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                "{\"placement\":3}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("placement");
        String huge = "{\"placement\":\"feed\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertThat(post(server, "/v1/decide", huge).status()).isEqualTo(413);
    }

    /**
     * The fraud ledger outlives a restart: an impression and click URL replayed after it are neither accepted nor
     * charged again.
     */
    @Test
    void aClickReplayedAfterARestartIsNotChargedTwice() throws Exception {
        setUp();
        String req = "{\"placement\":\"feed\",\"user\":{\"id\":\"u7\",\"consent\":{\"advertising\":true}},"
                + "\"context\":{\"geo\":\"FR\",\"device\":\"mobile\"}}";
        JsonObject ad =
                post(server, "/v1/decide", req).json().getJsonArray("ads").getJsonObject(0);
        assertThat(get(server, ad.getString("impression_url")).status()).isEqualTo(204);
        Thread.sleep(300); // slower than the fastest human click
        assertThat(get(server, ad.getString("click_url")).status()).isEqualTo(302);
        assertThat(server.ads().awaitAuctionLogLoaded(Duration.ofSeconds(30))).isTrue();
        long charged = server.ads().engine().ledger().totalMicros("c1");
        assertThat(charged).isEqualTo(10_000);

        server.close();
        server = HeedServer.start(
                HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store);
        // replaying the impression first, so that the click is not refused merely for want of one
        assertThat(get(server, ad.getString("impression_url")).header("X-Heed-Track"))
                .isNotEqualTo("accepted");
        Thread.sleep(300);
        ServerTestSupport.Reply replay = get(server, ad.getString("click_url"));
        assertThat(replay.status())
                .as("refused as a repeat of a recorded click")
                .isIn(204, 403);
        assertThat(replay.header("Location")).isNull();
        if (replay.status() == 204) {
            assertThat(replay.header("X-Heed-Track")).isEqualTo("duplicate");
        }
        assertThat(server.ads().awaitAuctionLogLoaded(Duration.ofSeconds(30))).isTrue();
        assertThat(server.ads().engine().ledger().totalMicros("c1")).isEqualTo(charged);
        assertThat(count(store, "SELECT SUM(micros) FROM ad_spend WHERE kind = 'click'"))
                .isEqualTo(10_000);
    }

    @Test
    void decideTrackAndChangesServeWithoutRestart() throws Exception {
        String req = "{\"placement\":\"feed\",\"user\":{\"id\":\"u1\",\"consent\":{\"advertising\":true}},"
                + "\"context\":{\"geo\":\"FR\",\"device\":\"mobile\"}}";
        assertThat(post(server, "/v1/decide", req).json().getString("error")).isEqualTo("unknown_placement");
        setUp();
        JsonObject d = post(server, "/v1/decide", req).json();
        JsonObject ad = d.getJsonArray("ads").getJsonObject(0);
        assertThat(ad.getString("campaign")).isEqualTo("c1");
        assertThat(ad.getDouble("propensity")).isEqualTo(1.0);
        assertThat(ad.getDouble("price")).isEqualTo(0.01); // alone: the 0.10 floor over 1000 x pCTR 0.01
        assertThat(post(server, "/v1/decide", req.replace("FR", "DE")).json().getJsonArray("ads"))
                .isEmpty();

        // tracking: click before impression, forged, impression, duplicate, then a human click
        String imp = ad.getString("impression_url");
        String click = ad.getString("click_url");
        assertThat(get(server, click).json().getString("error")).isEqualTo("no_impression");
        assertThat(get(server, imp.replace("c=c1", "c=c2")).json().getString("error"))
                .isEqualTo("forged");
        assertThat(get(server, imp).status()).isEqualTo(204);
        assertThat(get(server, imp).header("X-Heed-Track")).isEqualTo("duplicate");
        // (a click within 250 ms of its impression is rejected as too_fast: TrackingTest, free of timing here)
        Thread.sleep(300);
        ServerTestSupport.Reply clicked = get(server, click);
        assertThat(clicked.status()).isEqualTo(302);
        assertThat(clicked.header("Location")).isEqualTo("https://acme.example/shoes");
        assertThat(get(server, ad.getString("conversion_url")).status()).isEqualTo(204);
        // hits and charges are journaled before the answer and reach the store within a fraction of a second
        assertThat(server.ads().awaitAuctionLogLoaded(Duration.ofSeconds(30))).isTrue();
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE ad_id = 'k1'"))
                .isEqualTo(3);
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE ad_id = 'k1' AND event_type = 'purchase'"))
                .isEqualTo(1);
        assertThat(count(store, "SELECT SUM(micros) FROM ad_spend WHERE kind = 'click'"))
                .isEqualTo(10_000);
        assertThat(server.ads().engine().ledger().totalMicros("c1")).isEqualTo(10_000);

        // frequency cap 2 per hour: the third request for u1 gets nothing
        post(server, "/v1/decide", req);
        assertThat(post(server, "/v1/decide", req).json().getJsonArray("ads")).isEmpty();

        // pausing takes effect at once
        put(
                "/v1/admin/campaigns/c1",
                "admin-key",
                CAMPAIGN.replace("\"pricing\"", "\"status\":\"paused\",\"pricing\""));
        assertThat(post(server, "/v1/decide", req.replace("u1", "u2")).json().getJsonArray("ads"))
                .isEmpty();

        // bad requests: counted, and serving goes on
        assertThat(post(server, "/v1/decide", "{\"placement\":\"nowhere\"}").status())
                .isEqualTo(404);
        ServerTestSupport.Reply bad = post(server, "/v1/decide", "{\"placement\":\"feed\",\"count\":\"two\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("field")).isEqualTo("count");
        assertThat(post(server, "/v1/decide", "not json").json().getString("field"))
                .isEqualTo("body");
        JsonObject stats = get(server, "/v1/ads/stats").json();
        assertThat(stats.getJsonObject("tracking").getLong("no_impression")).isEqualTo(1);
        assertThat(stats.getJsonObject("tracking").getLong("forged")).isEqualTo(1);
        assertThat(stats.getJsonObject("rejected_requests").getLong("decide_unknown_placement"))
                .isEqualTo(2);
        assertThat(stats.getJsonObject("rejected_requests").getLong("decide_invalid_request"))
                .isEqualTo(2);
        server.ads().close(); // flush the auction log
        assertThat(count(store, "SELECT COUNT(*) FROM ad_auctions")).isGreaterThanOrEqualTo(6);
    }
}
