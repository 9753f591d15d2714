package io.heed.server.ads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.heed.ads.tracking.TrackingPolicy;
import io.heed.storage.HeedStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged auctions and the money they spent survive a real crash: a server process answers
 * {@code POST /v1/decide} over HTTP and is then killed (SIGKILL, no shutdown hook runs). The next start on the same
 * data directory loads what the dead process had journaled but not stored: every decision acknowledged is in
 * {@code ad_auctions} exactly once, every charge in {@code ad_spend}, every impression tracked in {@code events},
 * and the restored budget ledger counts them all (before the journal, the charges queued in memory were lost and
 * the budget could be spent again).
 */
class AuctionJournalCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everythingAcknowledgedIsStoredOnceAfterTheStoreWasNeverReached() throws Exception {
        Served served = serveThenKill("hold", 300);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            AdsContext ads = AdsContext.open(store, "t", TrackingPolicy.defaults());
            assertThat(ads.auctionLogRecovered())
                    .as("nothing had reached the store")
                    .isEqualTo(300);
            check(store, ads, served);
            ads.close();
        }
    }

    @Test
    void killedWhileLoadingStillStoresEachAuctionOnce() throws Exception {
        Served served = serveThenKill("load", 2_000);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            AdsContext ads = AdsContext.open(store, "t", TrackingPolicy.defaults());
            check(store, ads, served);
            ads.close();
        }
    }

    private void check(HeedStore store, AdsContext ads, Served served) {
        store.read(c -> {
            try (Statement s = c.createStatement()) {
                Set<String> logged = new HashSet<>();
                long rows = 0;
                try (ResultSet r = s.executeQuery("SELECT decision_id FROM ad_auctions")) {
                    while (r.next()) {
                        logged.add(r.getString(1));
                        rows++;
                    }
                }
                assertThat(rows).as("each auction once").isEqualTo(logged.size());
                assertThat(io.heed.storage.Sql.count(s, "SELECT COUNT(*) FROM events WHERE event_type = 'impression'"))
                        .as("every tracked impression, once")
                        .isEqualTo(served.ads);
                assertThat(logged).containsAll(served.decisions);
                try (ResultSet r =
                        s.executeQuery("SELECT COUNT(*), SUM(micros) FROM ad_spend WHERE campaign_id = 'c1'")) {
                    r.next();
                    assertThat(r.getLong(1)).as("one charge per ad served").isEqualTo(served.ads);
                    assertThat(r.getLong(2)).isEqualTo(served.micros);
                }
            }
            return null;
        });
        assertThat(ads.engine().ledger().totalMicros("c1"))
                .as("the restored ledger counts every charge")
                .isEqualTo(served.micros);
    }

    private record Served(Set<String> decisions, long ads, long micros) {}

    private Served serveThenKill(String mode, int requests) throws Exception {
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            SqlAdCatalog repo = new SqlAdCatalog(store);
            repo.upsert(new Advertiser("a1", "Acme", Status.ACTIVE));
            repo.upsert(new Campaign(
                    "c1",
                    "a1",
                    "always on",
                    Status.ACTIVE,
                    Pricing.CPM,
                    2,
                    1e6,
                    1e6,
                    new Schedule(
                            Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 0xFFFFFF),
                    new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                    List.of()));
            repo.upsert(
                    new Creative("k1", "c1", AdFormat.NATIVE, 0, 0, "https://acme.example/x", null, Status.ACTIVE, 1));
            repo.upsert(new Placement("feed", AdFormat.NATIVE, 0, 0, 1, 0.5));
        }
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingServerMain.class.getName(),
                        dir.toString(),
                        mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PORT ")) {
                    port = Integer.parseInt(line.substring(5).trim());
                    break;
                }
            }
            assertThat(port).as("the server process started").isPositive();
            URI uri = URI.create("http://127.0.0.1:" + port + "/v1/decide");
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Set<String> decisions = new HashSet<>();
            long ads = 0;
            long micros = 0;
            for (int i = 0; i < requests; i++) {
                String body = "{\"placement\":\"feed\",\"request_id\":\"q" + i + "\",\"user\":{\"id\":\"u" + i + "\"}}";
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                JsonNode d = JSON.readTree(r.body());
                decisions.add(d.get("decision_id").asText());
                for (JsonNode ad : d.get("ads")) {
                    ads++;
                    micros += Math.max(1, Math.round(ad.get("price").asDouble() / 1000 * 1_000_000));
                    HttpResponse<Void> hit = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                            + ad.get("impression_url").asText()))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    assertThat(hit.statusCode()).as("impression tracked").isEqualTo(204);
                }
            }
            assertThat(ads).as("the campaign won the auctions").isEqualTo(requests);
            return new Served(decisions, ads, micros);
        } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no final load
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
