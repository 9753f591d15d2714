package io.heed.server;

import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real HTTP client and store queries for the server's end-to-end tests. */
final class ServerTestSupport {
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerTestSupport() {}

    /** A response: status, headers and the body parsed as JSON (null when it is not JSON). */
    record Reply(int status, HttpResponse<String> raw) {
        JsonObject json() {
            return new JsonObject(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply post(HeedServer server, String path, String body) {
        return send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Reply get(HeedServer server, String path) {
        return send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build());
    }

    static URI uri(HeedServer server, String path) {
        return server.baseUri().resolve(path);
    }

    /** A valid event of a tenant. */
    static JsonObject event(String tenant, String id) {
        return new JsonObject()
                .put("tenant_id", tenant)
                .put("event_id", id)
                .put("type", "view")
                .put("user_id", "u-" + id)
                .put("item_id", "i1")
                .put("timestamp", "2025-10-01T07:13:05.123Z");
    }

    static String batch(String tenant, List<String> ids) {
        JsonArray a = new JsonArray();
        ids.forEach(id -> a.add(event(tenant, id)));
        return a.encode();
    }

    static long count(HeedStore store, String sql, Object... args) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    static List<List<String>> rows(HeedStore store, String sql, Object... args) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                try (ResultSet r = p.executeQuery()) {
                    List<List<String>> out = new ArrayList<>();
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            row.add(r.getString(i));
                        }
                        out.add(row);
                    }
                    return out;
                }
            }
        });
    }
}
