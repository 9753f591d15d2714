package io.heed.events.model;

/**
 * Where and how an event happened. Every field may be null (unknown). {@code position} is the 0-based slot in a
 * slate, or null when the event was not shown in a ranked list.
 *
 * <p>Build one by name with {@link #builder()}; {@link #none()} is the context with nothing known. The canonical
 * constructor is for code that has every field at hand in order (the journal codec, the validator).
 */
public record EventContext(
        String placement, Integer position, String device, String platform, String geo, String sessionId, String page) {
    private static final EventContext NONE = new EventContext(null, null, null, null, null, null, null);

    /** The context with every field unknown. */
    public static EventContext none() {
        return NONE;
    }

    /** A builder with every field unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Names the fields of an {@link EventContext}; any left unset stay null. */
    public static final class Builder {
        private String placement;
        private Integer position;
        private String device;
        private String platform;
        private String geo;
        private String sessionId;
        private String page;

        private Builder() {}

        public Builder placement(String placement) {
            this.placement = placement;
            return this;
        }

        public Builder position(Integer position) {
            this.position = position;
            return this;
        }

        public Builder device(String device) {
            this.device = device;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder geo(String geo) {
            this.geo = geo;
            return this;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder page(String page) {
            this.page = page;
            return this;
        }

        public EventContext build() {
            return new EventContext(placement, position, device, platform, geo, sessionId, page);
        }
    }
}
