package io.heed.ads.decide;

import java.util.Objects;
import java.util.Set;

/**
 * One ad request: a placement, the user (id, advertising consent, persona and segments from the profile stage),
 * the page context (category), geo and device, the request time, and how many ads at most (0 = the placement's
 * slots). {@code floorCpm}, when positive, raises the placement's floor (an OpenRTB {@code bidfloor});
 * {@code slotWidth} x {@code slotHeight}, when positive, is the size of this slot (an OpenRTB banner size) in place of
 * the placement's. Made with {@link #builder()}.
 */
public record DecisionRequest(
        String requestId,
        String placementId,
        String userId,
        boolean advertisingConsent,
        String persona,
        Set<String> segments,
        String context,
        String geo,
        String device,
        long timestampMillis,
        int maxAds,
        double floorCpm,
        int slotWidth,
        int slotHeight) {
    public DecisionRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(placementId, "placementId");
        segments = segments == null ? Set.of() : segments;
        if (maxAds < 0) {
            throw new IllegalArgumentException("maxAds must be >= 0, was " + maxAds);
        }
        if (!(floorCpm >= 0) || Double.isInfinite(floorCpm)) {
            throw new IllegalArgumentException("floorCpm must be a finite number >= 0, was " + floorCpm);
        }
    }

    /**
     * A builder: {@code requestId}, {@code placement} and {@code timestampMillis} are required; everything else
     * defaults to absent (no user, no consent, no persona, segments, context, geo or device), {@code maxAds} 0 (the
     * placement's slots), no floor of its own and the placement's own size.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .requestId(requestId)
                .placement(placementId)
                .user(userId)
                .consent(advertisingConsent)
                .persona(persona)
                .segments(segments)
                .context(context)
                .geo(geo)
                .device(device)
                .timestampMillis(timestampMillis)
                .maxAds(maxAds)
                .floorCpm(floorCpm)
                .slotSize(slotWidth, slotHeight);
    }

    /** Builds a {@link DecisionRequest}; {@link #build} validates. */
    public static final class Builder {
        private String requestId;
        private String placementId;
        private String userId;
        private boolean advertisingConsent;
        private String persona;
        private Set<String> segments = Set.of();
        private String context;
        private String geo;
        private String device;
        private long timestampMillis;
        private boolean timestampSet;
        private int maxAds;
        private double floorCpm;
        private int slotWidth;
        private int slotHeight;

        private Builder() {}

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder placement(String placementId) {
            this.placementId = placementId;
            return this;
        }

        /** The user's id; null for an anonymous request. */
        public Builder user(String userId) {
            this.userId = userId;
            return this;
        }

        /** Whether the user consented to personalised advertising (default false). */
        public Builder consent(boolean advertisingConsent) {
            this.advertisingConsent = advertisingConsent;
            return this;
        }

        public Builder persona(String persona) {
            this.persona = persona;
            return this;
        }

        /** The user's segments; null reads as none. */
        public Builder segments(Set<String> segments) {
            this.segments = segments == null ? Set.of() : segments;
            return this;
        }

        /** The page context (a category). */
        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public Builder geo(String geo) {
            this.geo = geo;
            return this;
        }

        public Builder device(String device) {
            this.device = device;
            return this;
        }

        public Builder timestampMillis(long timestampMillis) {
            this.timestampMillis = timestampMillis;
            this.timestampSet = true;
            return this;
        }

        /** At most this many ads; 0 (the default) means the placement's slots. */
        public Builder maxAds(int maxAds) {
            this.maxAds = maxAds;
            return this;
        }

        /** A floor raising the placement's (an OpenRTB {@code bidfloor}); 0 (the default) for none. */
        public Builder floorCpm(double floorCpm) {
            this.floorCpm = floorCpm;
            return this;
        }

        /** This slot's size in place of the placement's (an OpenRTB banner size); 0 x 0 (the default) for none. */
        public Builder slotSize(int width, int height) {
            this.slotWidth = width;
            this.slotHeight = height;
            return this;
        }

        /** @throws IllegalArgumentException naming what is missing or out of range */
        public DecisionRequest build() {
            if (requestId == null) {
                throw new IllegalArgumentException("a decision request needs a requestId");
            }
            if (placementId == null) {
                throw new IllegalArgumentException("a decision request needs a placement");
            }
            if (!timestampSet) {
                throw new IllegalArgumentException("a decision request needs its timestampMillis");
            }
            if (slotWidth < 0 || slotHeight < 0) {
                throw new IllegalArgumentException("slot sizes must be >= 0, were " + slotWidth + " x " + slotHeight);
            }
            return new DecisionRequest(
                    requestId,
                    placementId,
                    userId,
                    advertisingConsent,
                    persona,
                    segments,
                    context,
                    geo,
                    device,
                    timestampMillis,
                    maxAds,
                    floorCpm,
                    slotWidth,
                    slotHeight);
        }
    }

    /** Personal data may be used only with advertising consent and a user id. */
    public boolean personalised() {
        return advertisingConsent && userId != null;
    }
}
