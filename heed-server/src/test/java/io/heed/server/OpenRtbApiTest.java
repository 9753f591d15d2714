package io.heed.server;

import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.sql.SqlAdCatalog;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /openrtb2/auction} over real HTTP: every example BidRequest of the IAB specifications (shared data)
 * gets a valid answer, checked against the spec's required BidResponse fields; malformed requests get 400 naming
 * the field, and serving goes on.
 */
class OpenRtbApiTest {
    @TempDir
    Path dir;

    HeedStore store;
    HeedServer server;

    @BeforeEach
    void start() {
        store = HeedStore.openEmbedded(dir);
        server = HeedServer.start(
                HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store);
        SqlAdCatalog repo = new SqlAdCatalog(store);
        repo.upsert(new Advertiser("acme", "Acme", Status.ACTIVE));
        Schedule always = new Schedule(
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2099-01-01T00:00:00Z"), Schedule.ALL_HOURS);
        repo.upsert(new Campaign(
                "ron",
                "acme",
                "run of network",
                Status.ACTIVE,
                Pricing.CPM,
                4.0,
                1000,
                100,
                always,
                Targeting.ANY,
                List.of()));
        int n = 0;
        for (int[] size : new int[][] {{300, 250}, {728, 90}, {640, 480}, {0, 0}}) {
            AdFormat f = n == 2 ? AdFormat.VIDEO : n == 3 ? AdFormat.NATIVE : AdFormat.BANNER;
            repo.upsert(new Creative(
                    "cr" + n++, "ron", f, size[0], size[1], "https://acme.example/", null, Status.ACTIVE, 1.0));
        }
        for (AdFormat f : AdFormat.values()) {
            repo.upsert(new Placement("openrtb-" + f.wire(), f, 0, 0, 1, 0.01));
        }
        server.ads().reload();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    static Path examples() {
        Path p = Path.of(
                System.getProperty("heed.shared.data", "../shared/data"), "openrtb-examples/openrtb2/bid-request");
        assumeTrue(Files.isDirectory(p), "shared data set not present, skipped: " + p);
        return p;
    }

    @Test
    void everyExampleRequestGetsAValidAnswer() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(examples())) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        Map<String, Integer> statuses = new HashMap<>();
        for (Path f : files) {
            JsonObject request = new JsonObject(Files.readString(f));
            ServerTestSupport.Reply r = post(server, "/openrtb2/auction", request.encode());
            String name = f.getParent().getFileName() + "/" + f.getFileName();
            statuses.put(name, r.status());
            boolean privateOnly = request.encode().contains("\"private_auction\":1");
            if (privateOnly) {
                assertThat(r.status()).as(name + ": Heed holds no deals").isEqualTo(204);
                continue;
            }
            assertThat(r.status()).as(name).isEqualTo(200);
            assertValidResponse(name, request, r.json());
        }
        assertThat(statuses).hasSize(files.size());
    }

    /** OpenRTB 2.6 section 4: BidResponse.id, seatbid[].bid[]; Bid.id, impid, price are required. */
    static void assertValidResponse(String name, JsonObject request, JsonObject response) {
        assertThat(response.getString("id")).as(name + " id").isEqualTo(request.getString("id"));
        JsonArray seatbids = response.getJsonArray("seatbid");
        assertThat(seatbids).as(name + " seatbid").isNotEmpty();
        Map<String, JsonObject> imps = new HashMap<>();
        request.getJsonArray("imp").forEach(i -> imps.put(((JsonObject) i).getString("id"), (JsonObject) i));
        for (Object sb : seatbids) {
            JsonArray bids = ((JsonObject) sb).getJsonArray("bid");
            assertThat(bids).as(name + " seatbid.bid").isNotEmpty();
            for (Object b : bids) {
                JsonObject bid = (JsonObject) b;
                assertThat(bid.getString("id")).as(name + " bid.id").isNotBlank();
                JsonObject imp = imps.get(bid.getString("impid"));
                assertThat(imp).as(name + " bid.impid names an imp").isNotNull();
                double floor = imp.getDouble("bidfloor", 0.0);
                assertThat(bid.getDouble("price"))
                        .as(name + " price")
                        .isPositive()
                        .isGreaterThanOrEqualTo(floor);
                assertThat(bid.getString("adm")).as(name + " adm").isNotBlank();
                if (imp.getJsonObject("banner") != null
                        && imp.getJsonObject("banner").getInteger("w", 0) > 0) {
                    JsonObject banner = imp.getJsonObject("banner");
                    assertThat(bid.getInteger("w")).as(name + " w").isEqualTo(banner.getInteger("w"));
                    assertThat(bid.getInteger("h")).as(name + " h").isEqualTo(banner.getInteger("h"));
                }
                if (imp.getJsonObject("video") != null) {
                    assertThat(bid.getString("adm")).startsWith("<VAST");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json | body",
                "{\"imp\":[{\"id\":\"1\",\"banner\":{\"w\":300,\"h\":250}}]} | id",
                "{\"id\":\"r\"} | imp",
                "{\"id\":\"r\",\"imp\":[]} | imp",
                "{\"id\":\"r\",\"imp\":[{\"banner\":{}}]} | imp[0].id",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\"}]} | imp[0]",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"bidfloor\":\"x\",\"banner\":{}}]} | imp[0].bidfloor",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"bidfloor\":-1,\"banner\":{}}]} | imp[0].bidfloor",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"banner\":{\"w\":\"300\"}}]} | imp[0].banner.w",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"banner\":{}}],\"site\":{},\"app\":{}} | site",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"banner\":{}}],\"device\":{\"devicetype\":\"phone\"}} | device.devicetype",
                "{\"id\":\"r\",\"imp\":[{\"id\":\"1\",\"banner\":{}}],\"user\":{\"data\":[{\"segment\":[1]}]}} | user.data[0].segment[0]",
            })
    void malformedRequestsName400Fields(String body, String field) {
        ServerTestSupport.Reply r = post(server, "/openrtb2/auction", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("field")).isEqualTo(field);
        // serving goes on
        String ok = "{\"id\":\"ok\",\"imp\":[{\"id\":\"1\",\"bidfloor\":0.5,\"banner\":{\"w\":728,\"h\":90}}],"
                + "\"regs\":{\"gdpr\":1},\"user\":{\"id\":\"u1\"}}";
        ServerTestSupport.Reply good = post(server, "/openrtb2/auction", ok);
        assertThat(good.status()).isEqualTo(200);
        assertValidResponse("ok", new JsonObject(ok), good.json());
        assertThat(post(server, "/openrtb2/auction", ok.replace("728", "1")).status())
                .isEqualTo(204); // no such size
    }
}
