package io.heed.server.ads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heed.server.http.JsonResponses;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Typed reads from JSON bodies (Jackson trees) that fail with {@link BadField} naming the field's path
 * ({@code imp[0].banner.w}), so every 400 says exactly what is wrong. A JSON {@code null} counts as absent.
 */
final class Bodies {
    private Bodies() {}

    /** A field that is missing, of the wrong type or out of range. */
    static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    static ObjectNode object(io.vertx.core.buffer.Buffer body) {
        if (body == null || body.length() == 0) {
            throw new BadField("body", "the body is empty");
        }
        JsonNode n;
        try {
            n = JsonResponses.MAPPER.readTree(body.getBytes());
        } catch (JsonProcessingException e) {
            throw new BadField("body", "the body is not a JSON object: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadField("body", "the body could not be read: " + e.getMessage());
        }
        if (!(n instanceof ObjectNode o)) {
            throw new BadField("body", "the body is not a JSON object");
        }
        return o;
    }

    /** The value at {@code key}, null when {@code o} is null, the key is absent or its value is JSON null. */
    static JsonNode value(JsonNode o, String key) {
        JsonNode v = o == null ? null : o.get(key);
        return v == null || v.isNull() ? null : v;
    }

    static JsonNode object(JsonNode o, String key, String path, boolean required) {
        JsonNode v = value(o, key);
        if (v == null) {
            if (required) {
                throw new BadField(path, "is required");
            }
            return null;
        }
        if (!v.isObject()) {
            throw new BadField(path, "must be an object");
        }
        return v;
    }

    static JsonNode array(JsonNode o, String key, String path) {
        JsonNode v = value(o, key);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw new BadField(path, "must be an array");
        }
        return v;
    }

    static String string(JsonNode o, String key, String path, boolean required) {
        JsonNode v = value(o, key);
        if (v == null) {
            if (required) {
                throw new BadField(path, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new BadField(path, "must be a string");
        }
        String s = v.textValue();
        if (required && s.isBlank()) {
            throw new BadField(path, "must not be blank");
        }
        return s;
    }

    static double number(JsonNode o, String key, String path, double dflt) {
        JsonNode v = value(o, key);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new BadField(path, "must be a number");
        }
        return v.doubleValue();
    }

    static int integer(JsonNode o, String key, String path, int dflt) {
        JsonNode v = value(o, key);
        if (v == null) {
            return dflt;
        }
        if (!v.isNumber()
                || v.doubleValue() != Math.rint(v.doubleValue())
                || Math.abs(v.doubleValue()) > Integer.MAX_VALUE) {
            throw new BadField(path, "must be an integer");
        }
        return v.intValue();
    }

    static Set<String> strings(JsonNode o, String key, String path) {
        JsonNode a = o == null ? null : array(o, key, path);
        if (a == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isTextual()) {
                throw new BadField(path + "[" + i + "]", "must be a string");
            }
            out.add(a.get(i).textValue());
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
