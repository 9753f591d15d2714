package io.heed.ads.model;

/** Whether an entity serves. Paused entities keep their data and can be resumed; archived ones cannot serve. */
public enum Status {
    ACTIVE,
    PAUSED,
    ARCHIVED;

    public String wire() {
        return WireNames.of(this);
    }

    public static Status parse(String field, String s) {
        return WireNames.parse(Status.class, field, s);
    }
}
