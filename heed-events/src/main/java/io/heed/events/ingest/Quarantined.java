package io.heed.events.ingest;

/** A rejected record kept with its raw text and the reason, so nothing is dropped silently. */
public record Quarantined(String source, long index, String raw, String reason, String field, String message) {}
