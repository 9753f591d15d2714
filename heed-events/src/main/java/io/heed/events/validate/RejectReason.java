package io.heed.events.validate;

import java.util.Locale;

/**
 * Why a row was quarantined. Checked in this order; the first that applies is recorded. The same rules run in
 * Java ({@link EventValidator}) and in SQL for bulk file loads; a conformance test keeps them equal.
 */
public enum RejectReason {
    MALFORMED_ROW("row", "the row could not be parsed (wrong number of columns, bad quoting or invalid JSON)"),
    MISSING_USER_ID("user_id", "neither user_id nor anonymous_id is set"),
    MISSING_ITEM_ID("item_id", "neither item_id nor ad_id is set"),
    UNKNOWN_EVENT_TYPE("type", "the type is missing or not one of the accepted event types"),
    BAD_TIMESTAMP("timestamp", "the timestamp is missing or is neither ISO-8601 nor epoch seconds/milliseconds"),
    TIMESTAMP_TOO_EARLY("timestamp", "the timestamp is before the earliest accepted instant (2000-01-01 by default)"),
    TIMESTAMP_IN_FUTURE("timestamp", "the timestamp is later than now plus the allowed clock skew"),
    NON_NUMERIC_VALUE("value", "the value is not a finite decimal number"),
    NEGATIVE_VALUE("value", "the value is negative"),
    MISSING_VALUE("value", "this event type needs a value (dwell seconds, rating)"),
    BAD_POSITION("position", "the position is not a non-negative integer"),
    FIELD_TOO_LONG("row", "an id or context field is longer than the maximum length (in UTF-8 bytes)");

    private final String field;
    private final String description;

    RejectReason(String field, String description) {
        this.field = field;
        this.description = description;
    }

    /** The code stored in quarantine and returned by the API, e.g. {@code timestamp_in_future}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String field() {
        return field;
    }

    public String description() {
        return description;
    }

    public static RejectReason fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
