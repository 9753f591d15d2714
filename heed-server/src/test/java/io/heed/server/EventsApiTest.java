package io.heed.server;

import static io.heed.server.ServerTestSupport.batch;
import static io.heed.server.ServerTestSupport.count;
import static io.heed.server.ServerTestSupport.event;
import static io.heed.server.ServerTestSupport.get;
import static io.heed.server.ServerTestSupport.post;
import static io.heed.server.ServerTestSupport.rows;
import static io.heed.server.ServerTestSupport.send;
import static io.heed.server.ServerTestSupport.uri;
import static org.assertj.core.api.Assertions.assertThat;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.server.ServerTestSupport.Reply;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end over real HTTP on loopback into a real embedded DuckDB store. One server for the class; every test
 * writes its own tenant so tests do not see each other's rows.
 */
class EventsApiTest {
    static final int MAX_EVENTS = 100;
    static final long MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;

    static HeedStore store;
    static HeedServer server;

    @BeforeAll
    static void start() {
        store = HeedStore.openEmbedded(dir);
        server = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults()
                                .withPort(0)
                                .withMaxBodyBytes(MAX_BODY)
                                .withMaxBatchEvents(MAX_EVENTS)
                                .withThreads(2, 2)),
                store);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void validBatchIsStoredAndReadableFromTheStore() {
        // given three valid events, with numeric timestamp/value/position and an unknown key
        JsonArray body = new JsonArray()
                .add(event("valid", "v1"))
                .add(event("valid", "v2")
                        .put("type", "purchase")
                        .put("value", 19.99)
                        .put("position", 2)
                        .put("timestamp", 1759302800123L)
                        .put("attributes", new JsonObject().put("currency", "EUR")))
                .add(event("valid", "v3").put("anonymous_id", "dev-9").put("campaign", "spring"));
        // when posted
        Reply r = post(server, "/v1/events", body.encode());
        // then all are accepted and the store holds them with their typed fields
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().getMap())
                .containsEntry("received", 3)
                .containsEntry("accepted", 3)
                .containsEntry("duplicates", 0);
        assertThat(r.json().getJsonArray("quarantined")).isEmpty();
        assertThat(rows(
                        store,
                        "SELECT event_id, event_type, value, position, ts, attributes FROM events "
                                + "WHERE tenant_id = ? ORDER BY event_id",
                        "valid"))
                .containsExactly(
                        Arrays.asList("v1", "view", null, null, "2025-10-01 07:13:05.123", null),
                        Arrays.asList(
                                "v2", "purchase", "19.99", "2", "2025-10-01 07:13:20.123", "{\"currency\":\"EUR\"}"),
                        Arrays.asList(
                                "v3", "view", null, null, "2025-10-01 07:13:05.123", "{\"campaign\":\"spring\"}"));
    }

    @Test
    void rePostingABatchIsIdempotent() {
        String body = new JsonObject()
                .put("events", new JsonArray(List.of(event("idem", "a"), event("idem", "b"), event("idem", "a"))))
                .encode();
        Reply first = post(server, "/v1/events", body);
        assertThat(first.json().getMap()).containsEntry("accepted", 2).containsEntry("duplicates", 1);
        Reply again = post(server, "/v1/events", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getMap())
                .containsEntry("received", 3)
                .containsEntry("accepted", 0)
                .containsEntry("duplicates", 3);
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "idem"))
                .isEqualTo(2);
    }

    @Test
    void mixedBatchQuarantinesBadRecordsAndStoresTheRest() {
        JsonArray body = new JsonArray()
                .add(event("mixed", "m0"))
                .add(event("mixed", "m1").put("timestamp", "2999-01-01T00:00:00Z"))
                .add(event("mixed", "m2").put("type", "teleport"))
                .add(event("mixed", "m3"))
                .add(event("mixed", "m4").put("type", "purchase").put("value", -5));
        Reply r = post(server, "/v1/events", body.encode());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().getMap()).containsEntry("received", 5).containsEntry("accepted", 2);
        JsonArray q = r.json().getJsonArray("quarantined");
        assertThat(q.stream()
                        .map(o -> ((JsonObject) o).getInteger("index") + ":" + ((JsonObject) o).getString("reason")
                                + ":" + ((JsonObject) o).getString("field"))
                        .collect(Collectors.toList()))
                .containsExactly(
                        "1:timestamp_in_future:timestamp", "2:unknown_event_type:type", "4:negative_value:value");
        assertThat(q.getJsonObject(0).getString("message")).contains("2999");
        List<List<String>> stored = rows(
                store,
                "SELECT line_no, reason, field, raw FROM quarantine "
                        + "WHERE raw LIKE '%\"mixed\"%' ORDER BY line_no");
        assertThat(stored).hasSize(3);
        assertThat(stored.get(0).subList(0, 3)).containsExactly("1", "timestamp_in_future", "timestamp");
        assertThat(new JsonObject(stored.get(1).get(3)).getString("type")).isEqualTo("teleport");
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "mixed"))
                .isEqualTo(2);
    }

    @Test
    void invalidJsonIsRefusedNamingIndexAndFieldAndNothingIsStored() {
        String body = "[" + event("broken", "b0").encode() + ","
                + event("broken", "b1").encode() + ",{\"tenant_id\":\"broken\",\"event_id\":\"b2\",\"type\": view}]";
        Reply r = post(server, "/v1/events", body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getString("error")).isEqualTo("invalid_json");
        assertThat(r.json().getInteger("index")).isEqualTo(2);
        assertThat(r.json().getString("field")).isEqualTo("type");
        assertThat(r.json().getString("message")).contains("line 1");
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "broken"))
                .isZero();
        assertThat(count(store, "SELECT COUNT(*) FROM quarantine WHERE raw LIKE '%broken%'"))
                .isZero();
    }

    @Test
    void aFieldOfTheWrongKindIsRefused() {
        JsonArray body = new JsonArray()
                .add(event("kind", "k0"))
                .add(event("kind", "k1").put("user_id", new JsonObject().put("id", 1)));
        Reply r = post(server, "/v1/events", body.encode());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getMap())
                .containsEntry("error", "invalid_json")
                .containsEntry("index", 1)
                .containsEntry("field", "user_id");
        Reply notObject = post(server, "/v1/events", "[" + event("kind", "k2").encode() + ", \"text\"]");
        assertThat(notObject.status()).isEqualTo(400);
        assertThat(notObject.json().getInteger("index")).isEqualTo(1);
        assertThat(notObject.json().getValue("field")).isNull();
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "kind"))
                .isZero();
    }

    @Test
    void anOversizedBodyGets413WithOrWithoutContentLength() {
        byte[] big =
                ("[" + "{\"type\":\"view\"},".repeat((int) (MAX_BODY / 10)) + "{}]").getBytes(StandardCharsets.UTF_8);
        Reply sized = send(HttpRequest.newBuilder(uri(server, "/v1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))
                .build());
        assertThat(sized.status()).isEqualTo(413);
        assertThat(sized.json().getString("error")).isEqualTo("body_too_large");
        // an InputStream publisher has no length: the body goes chunked
        Reply chunked = send(HttpRequest.newBuilder(uri(server, "/v1/events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.json().getString("error")).isEqualTo("body_too_large");
        // the server still serves
        assertThat(get(server, "/v1/health").status()).isEqualTo(200);
    }

    @Test
    void tooManyEventsGet413() {
        List<String> ids =
                IntStream.rangeClosed(0, MAX_EVENTS).mapToObj(i -> "t" + i).collect(Collectors.toList());
        Reply r = post(server, "/v1/events", batch("many", ids));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().getString("error")).isEqualTo("too_many_events");
        assertThat(r.json().getString("message")).contains(String.valueOf(MAX_EVENTS));
        assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "many"))
                .isZero();
    }

    @Test
    void wrongContentTypeAndEmptyBodiesAreRefusedInJson() {
        Reply form = send(HttpRequest.newBuilder(uri(server, "/v1/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build());
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.json().getString("message")).contains("application/json");
        Reply empty = post(server, "/v1/events", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getString("error")).isEqualTo("empty_body");
        Reply emptyArray = post(server, "/v1/events", "[]");
        assertThat(emptyArray.json().getMap()).containsEntry("received", 0).containsEntry("accepted", 0);
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        Reply missing = get(server, "/v1/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertThat(missing.json().getString("error")).isEqualTo("not_found");
        Reply method = get(server, "/v1/events");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().getString("error")).isEqualTo("method_not_allowed");
    }

    @Test
    void concurrentOverlappingBatchesStoreEveryAcknowledgedEventExactlyOnce() throws Exception {
        int threads = 8;
        int batches = 20;
        int perBatch = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    Random rnd = new Random(thread);
                    long accepted = 0;
                    long duplicates = 0;
                    Set<String> acknowledged = new HashSet<>();
                    for (int b = 0; b < batches; b++) {
                        // ids drawn from a pool of 1,000 shared by all threads: many overlaps
                        List<String> ids = IntStream.range(0, perBatch)
                                .mapToObj(i -> "c" + rnd.nextInt(1000))
                                .collect(Collectors.toList());
                        Reply r = post(server, "/v1/events", batch("conc", ids));
                        assertThat(r.status()).isEqualTo(200);
                        accepted += r.json().getLong("accepted");
                        duplicates += r.json().getLong("duplicates");
                        acknowledged.addAll(ids);
                    }
                    return List.of(accepted, duplicates, acknowledged);
                }));
            }
            long accepted = 0;
            long duplicates = 0;
            Set<String> acknowledged = new HashSet<>();
            for (Future<List<Object>> f : results) {
                List<Object> r = f.get();
                accepted += (Long) r.get(0);
                duplicates += (Long) r.get(1);
                @SuppressWarnings("unchecked")
                Set<String> ids = (Set<String>) r.get(2);
                acknowledged.addAll(ids);
            }
            assertThat(accepted + duplicates).isEqualTo((long) threads * batches * perBatch);
            assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "conc"))
                    .isEqualTo(accepted)
                    .isEqualTo(acknowledged.size());
            assertThat(count(store, "SELECT COUNT(DISTINCT event_id) FROM events WHERE tenant_id = ?", "conc"))
                    .isEqualTo(acknowledged.size());
            Set<String> stored = rows(store, "SELECT event_id FROM events WHERE tenant_id = ?", "conc").stream()
                    .map(row -> row.get(0))
                    .collect(Collectors.toSet());
            assertThat(stored).isEqualTo(acknowledged);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void healthStatsAndOpenApiAnswer() {
        post(server, "/v1/events", batch("stats", List.of("s1")));
        Reply health = get(server, "/v1/health");
        assertThat(health.json().getMap()).containsEntry("status", "ok").containsEntry("store", "duckdb");
        Reply stats = get(server, "/v1/stats");
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().getLong("events")).isPositive();
        assertThat(stats.json().getJsonObject("last_batch").getString("source")).isEqualTo("http:/v1/events");
        assertThat(stats.json().getJsonObject("server").getLong("group_commits"))
                .isPositive();
        Reply api = get(server, "/v1/openapi.json");
        assertThat(api.status()).isEqualTo(200);
        JsonObject doc = api.json();
        assertThat(doc.getString("openapi")).startsWith("3.");
        assertThat(doc.getJsonObject("paths").fieldNames())
                .contains("/v1/events", "/v1/health", "/v1/stats", "/v1/openapi.json");
        assertThat(doc.getJsonObject("paths")
                        .getJsonObject("/v1/events")
                        .getJsonObject("post")
                        .getJsonObject("responses")
                        .fieldNames())
                .contains("200", "400", "413", "415", "500", "503");
    }
}
