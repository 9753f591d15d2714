package io.heed.events.validate;

/**
 * An event as received, every field a string or null, before validation. {@code index} locates it in its source
 * (line number in a file, position in an HTTP batch) so a rejection can name it; {@code raw} is the original text
 * kept in quarantine.
 */
public record RawEvent(
        long index,
        String raw,
        String tenantId,
        String eventId,
        String type,
        String userId,
        String anonymousId,
        String itemId,
        String adId,
        String timestamp,
        String value,
        String placement,
        String position,
        String device,
        String platform,
        String geo,
        String sessionId,
        String page,
        String attributes) {

    /** A builder, since most sources set only some of the sixteen fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder; one per record. */
    public static final class Builder {
        private long index;
        private String raw;
        private String tenantId;
        private String eventId;
        private String type;
        private String userId;
        private String anonymousId;
        private String itemId;
        private String adId;
        private String timestamp;
        private String value;
        private String placement;
        private String position;
        private String device;
        private String platform;
        private String geo;
        private String sessionId;
        private String page;
        private String attributes;

        public Builder index(long v) {
            index = v;
            return this;
        }

        public Builder raw(String v) {
            raw = v;
            return this;
        }

        public Builder tenantId(String v) {
            tenantId = v;
            return this;
        }

        public Builder eventId(String v) {
            eventId = v;
            return this;
        }

        public Builder type(String v) {
            type = v;
            return this;
        }

        public Builder userId(String v) {
            userId = v;
            return this;
        }

        public Builder anonymousId(String v) {
            anonymousId = v;
            return this;
        }

        public Builder itemId(String v) {
            itemId = v;
            return this;
        }

        public Builder adId(String v) {
            adId = v;
            return this;
        }

        public Builder timestamp(String v) {
            timestamp = v;
            return this;
        }

        public Builder value(String v) {
            value = v;
            return this;
        }

        public Builder placement(String v) {
            placement = v;
            return this;
        }

        public Builder position(String v) {
            position = v;
            return this;
        }

        public Builder device(String v) {
            device = v;
            return this;
        }

        public Builder platform(String v) {
            platform = v;
            return this;
        }

        public Builder geo(String v) {
            geo = v;
            return this;
        }

        public Builder sessionId(String v) {
            sessionId = v;
            return this;
        }

        public Builder page(String v) {
            page = v;
            return this;
        }

        public Builder attributes(String v) {
            attributes = v;
            return this;
        }

        /** Sets a field by its canonical column name; returns false for an unknown name. */
        public boolean set(String column, String v) {
            switch (column) {
                case "tenant_id" -> tenantId = v;
                case "event_id" -> eventId = v;
                case "type" -> type = v;
                case "user_id" -> userId = v;
                case "anonymous_id" -> anonymousId = v;
                case "item_id" -> itemId = v;
                case "ad_id" -> adId = v;
                case "timestamp" -> timestamp = v;
                case "value" -> value = v;
                case "placement" -> placement = v;
                case "position" -> position = v;
                case "device" -> device = v;
                case "platform" -> platform = v;
                case "geo" -> geo = v;
                case "session_id" -> sessionId = v;
                case "page" -> page = v;
                default -> {
                    return false;
                }
            }
            return true;
        }

        public RawEvent build() {
            return new RawEvent(
                    index,
                    raw,
                    tenantId,
                    eventId,
                    type,
                    userId,
                    anonymousId,
                    itemId,
                    adId,
                    timestamp,
                    value,
                    placement,
                    position,
                    device,
                    platform,
                    geo,
                    sessionId,
                    page,
                    attributes);
        }
    }
}
