package io.heed.events.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One validated behaviour event. {@code eventId} is the idempotency key within a tenant: a second event with the
 * same key is a duplicate and is ignored. {@code userId} is the stitched user (a known user, or the anonymous id
 * when none is linked yet); {@code anonymousId} is the device or cookie id the event came with, if any. At least
 * one of {@code itemId} and {@code adId} is set. {@code value} is null when the type carries no value.
 * {@code attributes} is a JSON object of format-specific fields (e.g. Criteo features), or null.
 */
public record Event(
        String tenantId,
        String eventId,
        String type,
        String userId,
        String anonymousId,
        String itemId,
        String adId,
        Instant timestamp,
        Double value,
        EventContext context,
        String attributes) {
    public Event {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(timestamp, "timestamp");
        if (itemId == null && adId == null) {
            throw new IllegalArgumentException("event " + eventId + " has neither item nor ad id");
        }
        context = context == null ? EventContext.EMPTY : context;
    }
}
