package io.heed.server.ads;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Typed reads from JSON bodies that fail with {@link BadField} naming the field's path ({@code imp[0].banner.w}),
 * so every 400 says exactly what is wrong.
 */
final class Bodies {
    private Bodies() {
    }

    /** A field that is missing, of the wrong type or out of range. */
    static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    static JsonObject object(io.vertx.core.buffer.Buffer body) {
        if (body == null || body.length() == 0) {
            throw new BadField("body", "the body is empty");
        }
        try {
            return new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            throw new BadField("body", "the body is not a JSON object: " + firstLine(e.getMessage()));
        }
    }

    static JsonObject object(JsonObject o, String key, String path, boolean required) {
        Object v = o.getValue(key);
        if (v == null) {
            if (required) {
                throw new BadField(path, "is required");
            }
            return null;
        }
        if (!(v instanceof JsonObject j)) {
            throw new BadField(path, "must be an object");
        }
        return j;
    }

    static JsonArray array(JsonObject o, String key, String path) {
        Object v = o.getValue(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof JsonArray a)) {
            throw new BadField(path, "must be an array");
        }
        return a;
    }

    static String string(JsonObject o, String key, String path, boolean required) {
        Object v = o == null ? null : o.getValue(key);
        if (v == null) {
            if (required) {
                throw new BadField(path, "is required");
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw new BadField(path, "must be a string");
        }
        if (required && s.isBlank()) {
            throw new BadField(path, "must not be blank");
        }
        return s;
    }

    static double number(JsonObject o, String key, String path, double dflt) {
        Object v = o == null ? null : o.getValue(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new BadField(path, "must be a number");
        }
        return n.doubleValue();
    }

    static int integer(JsonObject o, String key, String path, int dflt) {
        Object v = o == null ? null : o.getValue(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw new BadField(path, "must be an integer");
        }
        return n.intValue();
    }

    static Set<String> strings(JsonObject o, String key, String path) {
        JsonArray a = o == null ? null : array(o, key, path);
        if (a == null) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < a.size(); i++) {
            if (!(a.getValue(i) instanceof String s)) {
                throw new BadField(path + "[" + i + "]", "must be a string");
            }
            out.add(s);
        }
        return out;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.split("\n")[0];
    }
}
