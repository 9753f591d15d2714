package io.heed.server.ads;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.heed.ads.decide.DecisionRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Reads a {@code /v1/decide} body in one streaming pass (Jackson's parser straight into the request's fields, no
 * tree of maps in between: the decide path's JSON reading cost halved). Unknown fields are skipped; {@code null}
 * counts as absent; a field of the wrong type or out of range fails with {@link Bodies.BadField} naming its path,
 * with the same messages as {@link Bodies}.
 */
final class DecideRequestReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final AtomicLong REQUEST_IDS = new AtomicLong();

    /** The request and whether the caller asked for the scored candidates ({@code debug}). */
    record Read(DecisionRequest request, boolean debug) {}

    private String placement;
    private String userId;
    private boolean consented;
    private String persona;
    private Set<String> segments = Set.of();
    private String category;
    private String geo;
    private String device;
    private String timestamp;
    private int count;
    private double floor;
    private String requestId;
    private boolean debug;

    private DecideRequestReader() {}

    /**
     * The request in {@code body}; a consenting user sent without a persona gets {@code personaOf(userId)} (the
     * persona the revenue stage labelled them with, null when unknown).
     */
    static Read read(byte[] body, UnaryOperator<String> personaOf) {
        if (body == null || body.length == 0) {
            throw new Bodies.BadField("body", "the body is empty");
        }
        DecideRequestReader r = new DecideRequestReader();
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Bodies.BadField("body", "the body is not a JSON object");
            }
            r.top(p);
            if (p.nextToken() != null) {
                throw new Bodies.BadField("body", "the body has content after its JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new Bodies.BadField("body", "the body is not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Bodies.BadField("body", "the body could not be read: " + e.getMessage());
        }
        return new Read(r.request(personaOf), r.debug);
    }

    /** Reads one field's value; the parser stands on the value's first token {@code t} (never null). */
    @FunctionalInterface
    private interface Field {
        void read(String name, JsonToken t) throws IOException;
    }

    /** Each non-null field of the object whose first token is {@code t} (the object at {@code path}). */
    private static void fields(JsonParser p, JsonToken t, String path, Field field) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw new Bodies.BadField(path, "must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v != JsonToken.VALUE_NULL) {
                field.read(name, v);
            }
        }
    }

    private void top(JsonParser p) throws IOException {
        fields(p, JsonToken.START_OBJECT, "body", (name, t) -> {
            switch (name) {
                case "placement" -> placement = string(p, t, "placement");
                case "user" -> fields(p, t, "user", (n, v) -> user(p, n, v));
                case "context" -> fields(p, t, "context", (n, v) -> context(p, n, v));
                case "timestamp" -> timestamp = string(p, t, "timestamp");
                case "count" -> count = integer(p, t, "count");
                case "floor_cpm" -> floor = number(p, t, "floor_cpm");
                case "request_id" -> requestId = string(p, t, "request_id");
                case "debug" -> debug = bool(t, "debug");
                default -> p.skipChildren();
            }
        });
    }

    private void user(JsonParser p, String name, JsonToken t) throws IOException {
        switch (name) {
            case "id" -> userId = string(p, t, "user.id");
            case "persona" -> persona = string(p, t, "user.persona");
            case "segments" -> segments = strings(p, t, "user.segments");
            case "consent" ->
                fields(p, t, "user.consent", (n, v) -> {
                    if (n.equals("advertising")) {
                        consented = bool(v, "user.consent.advertising");
                    } else {
                        p.skipChildren();
                    }
                });
            default -> p.skipChildren();
        }
    }

    private void context(JsonParser p, String name, JsonToken t) throws IOException {
        switch (name) {
            case "category" -> category = string(p, t, "context.category");
            case "geo" -> geo = string(p, t, "context.geo");
            case "device" -> device = string(p, t, "context.device");
            default -> p.skipChildren();
        }
    }

    private DecisionRequest request(UnaryOperator<String> personaOf) {
        if (placement == null) {
            throw new Bodies.BadField("placement", "is required");
        }
        if (placement.isBlank()) {
            throw new Bodies.BadField("placement", "must not be blank");
        }
        long when;
        try {
            when = timestamp == null
                    ? System.currentTimeMillis()
                    : Instant.parse(timestamp).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Bodies.BadField("timestamp", "must be an ISO-8601 instant such as 2026-10-01T12:00:00Z");
        }
        if (count < 0 || count > 20) {
            throw new Bodies.BadField("count", "must be in 0..20");
        }
        if (floor < 0) {
            throw new Bodies.BadField("floor_cpm", "must be >= 0");
        }
        String who = persona;
        if (who == null && consented && userId != null) {
            who = personaOf.apply(userId);
        }
        return DecisionRequest.builder()
                .requestId(requestId == null ? "r" + REQUEST_IDS.incrementAndGet() : requestId)
                .placement(placement)
                .user(userId)
                .consent(consented)
                .persona(who)
                .segments(segments)
                .context(category)
                .geo(geo)
                .device(device)
                .timestampMillis(when)
                .maxAds(count)
                .floorCpm(floor)
                .build();
    }

    private static String string(JsonParser p, JsonToken t, String path) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw new Bodies.BadField(path, "must be a string");
        }
        return p.getText();
    }

    private static boolean bool(JsonToken t, String path) {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new Bodies.BadField(path, "must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private static double number(JsonParser p, JsonToken t, String path) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new Bodies.BadField(path, "must be a number");
        }
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
            throw new Bodies.BadField(path, "must be a number");
        }
        return v;
    }

    private static int integer(JsonParser p, JsonToken t, String path) throws IOException {
        double v =
                t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? p.getDoubleValue() : Double.NaN;
        if (!(v == Math.rint(v)) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new Bodies.BadField(path, "must be an integer");
        }
        return (int) v;
    }

    private static Set<String> strings(JsonParser p, JsonToken t, String path) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new Bodies.BadField(path, "must be an array");
        }
        Set<String> out = new LinkedHashSet<>();
        int i = 0;
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken(), i++) {
            if (v != JsonToken.VALUE_STRING) {
                throw new Bodies.BadField(path + "[" + i + "]", "must be a string");
            }
            out.add(p.getText());
        }
        return out;
    }
}
