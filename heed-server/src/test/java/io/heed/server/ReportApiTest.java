package io.heed.server;

import static io.heed.server.ServerTestSupport.get;
import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/reports/revenue} over real HTTP on a real embedded store. */
class ReportApiTest {
    @TempDir
    static Path dir;

    static HeedStore store;
    static HeedServer server;

    @BeforeAll
    static void start() throws Exception {
        store = HeedStore.openEmbedded(dir);
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,"
                        + "landing_item_id\na1,adv1,c1,gaming,native,2.0,i1\n");
        EventStore.of(store)
                .ingestFile(
                        ads,
                        IngestFormat.ADS_CSV,
                        ValidationPolicy.defaults(),
                        MappingOptions.defaults(),
                        ProgressListener.NONE);
        server = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults().withPort(0).withThreads(1, 1)),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static JsonObject ev(String id, String type, String ts) {
        return new JsonObject()
                .put("event_id", id)
                .put("type", type)
                .put("user_id", "u1")
                .put("ad_id", "a1")
                .put("timestamp", ts)
                .put("placement", "home_feed");
    }

    @Test
    void reportsRevenueByCampaignAndRejectsBadParameters() {
        // an empty ledger first: rates are null, never NaN
        JsonObject empty = get(server, "/v1/reports/revenue?by=day").json();
        assertThat(empty.getJsonArray("rows")).isEmpty();
        assertThat(empty.getJsonObject("total").getValue("ctr")).isNull();

        JsonArray batch = new JsonArray()
                .add(ev("r1", "impression", "2026-10-03T10:00:00Z"))
                .add(ev("r2", "impression", "2026-10-03T10:05:00Z"))
                .add(ev("r3", "click", "2026-10-03T10:06:00Z"))
                .add(ev("r4", "purchase", "2026-10-03T10:30:00Z")
                        .put("item_id", "i1")
                        .put("value", 30));
        assertThat(post(server, "/v1/events", batch.encode()).status()).isEqualTo(200);
        ServerTestSupport.Reply r = get(server, "/v1/reports/revenue?by=campaign");
        assertThat(r.status()).isEqualTo(200);
        JsonObject c1 = r.json().getJsonArray("rows").getJsonObject(0);
        assertThat(c1.getString("key")).isEqualTo("c1");
        assertThat(c1.getLong("impressions")).isEqualTo(2);
        assertThat(c1.getLong("clicks")).isEqualTo(1);
        assertThat(c1.getLong("conversions")).isEqualTo(1);
        assertThat(c1.getDouble("ctr")).isCloseTo(0.5, within(1e-12));
        assertThat(c1.getDouble("ecpm")).isCloseTo(2.0, within(1e-9));
        assertThat(c1.getDouble("roas")).isCloseTo(30 / 0.004, within(1e-6));
        // the 24-minute click-to-purchase gap is inside a one-hour window
        JsonObject narrow = get(server, "/v1/reports/revenue?by=campaign&click_window_hours=1")
                .json();
        assertThat(narrow.getJsonObject("total").getLong("conversions")).isEqualTo(1);

        ServerTestSupport.Reply bad = get(server, "/v1/reports/revenue?by=country");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getString("error")).isEqualTo("invalid_parameter");
        assertThat(bad.json().getString("message")).contains("by").contains("country");
        ServerTestSupport.Reply badWindow = get(server, "/v1/reports/revenue?click_window_hours=soon");
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.json().getString("message")).contains("click_window_hours");
        assertThat(get(server, "/v1/reports/revenue?view_through_hours=0").status())
                .isEqualTo(400);
        assertThat(get(server, "/v1/openapi.json").json().getJsonObject("paths").fieldNames())
                .contains("/v1/reports/revenue");
    }
}
