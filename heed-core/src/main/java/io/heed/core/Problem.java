package io.heed.core;

import java.util.Objects;

/**
 * A typed, expected failure: a machine-readable code, the field it concerns (may be empty) and a human message.
 * Problems are data, not exceptions: partial failure on the serving and ingest paths is reported, never thrown.
 */
public record Problem(String code, String field, String message) {
    public Problem {
        Objects.requireNonNull(code, "code");
        field = field == null ? "" : field;
        message = message == null ? code : message;
    }

    public static Problem of(String code, String field, String message) {
        return new Problem(code, field, message);
    }

    @Override
    public String toString() {
        return field.isEmpty() ? code + ": " + message : code + " (" + field + "): " + message;
    }
}
