package io.heed.events.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One validated behaviour event. {@code eventId} is the idempotency key within a tenant: a second event with the
 * same key is a duplicate and is ignored. {@code userId} is the stitched user (a known user, or the anonymous id
 * when none is linked yet); {@code anonymousId} is the device or cookie id the event came with, if any. At least
 * one of {@code itemId} and {@code adId} is set. {@code value} is null when the type carries no value.
 * {@code attributes} is a JSON object of format-specific fields (e.g. Criteo features), or null.
 *
 * <p>Build one by name with {@link #builder()} (or {@link #toBuilder()} for a copy with changes); fields left unset
 * are null, the context {@link EventContext#none()}. The canonical constructor, which holds the validation the
 * builder relies on, is for code that decodes every field in order (the journal codec).
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
        context = context == null ? EventContext.none() : context;
    }

    /** A builder with every field unset; {@link Builder#build()} checks what the constructor checks. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields, for a copy that differs in some. */
    public Builder toBuilder() {
        return new Builder()
                .tenantId(tenantId)
                .eventId(eventId)
                .type(type)
                .userId(userId)
                .anonymousId(anonymousId)
                .itemId(itemId)
                .adId(adId)
                .timestamp(timestamp)
                .value(value)
                .context(context)
                .attributes(attributes);
    }

    /**
     * Names the fields of an {@link Event}. Required: tenant, event id, type, user, timestamp, and an item or an
     * ad id; {@link #build()} throws as the constructor does when one is missing.
     */
    public static final class Builder {
        private String tenantId;
        private String eventId;
        private String type;
        private String userId;
        private String anonymousId;
        private String itemId;
        private String adId;
        private Instant timestamp;
        private Double value;
        private EventContext context = EventContext.none();
        private String attributes;

        private Builder() {}

        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder anonymousId(String anonymousId) {
            this.anonymousId = anonymousId;
            return this;
        }

        public Builder itemId(String itemId) {
            this.itemId = itemId;
            return this;
        }

        public Builder adId(String adId) {
            this.adId = adId;
            return this;
        }

        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder value(Double value) {
            this.value = value;
            return this;
        }

        /** The context; null means {@link EventContext#none()}. */
        public Builder context(EventContext context) {
            this.context = context;
            return this;
        }

        public Builder attributes(String attributes) {
            this.attributes = attributes;
            return this;
        }

        /** The event; throws {@link NullPointerException} or {@link IllegalArgumentException} as the constructor. */
        public Event build() {
            return new Event(
                    tenantId, eventId, type, userId, anonymousId, itemId, adId, timestamp, value, context, attributes);
        }
    }
}
