package io.heed.ads.decide;

import java.util.Objects;
import java.util.Set;

/**
 * One ad request: a placement, the user (id, advertising consent, persona and segments from the profile stage),
 * the page context (category), geo and device, the request time, and how many ads at most (0 = the placement's
 * slots). {@code floorCpm}, when positive, raises the placement's floor (an OpenRTB {@code bidfloor});
 * {@code slotWidth} x {@code slotHeight}, when positive, is the size of this slot (an OpenRTB banner size) in place of
 * the placement's.
 */
public record DecisionRequest(String requestId, String placementId, String userId, boolean advertisingConsent,
                              String persona, Set<String> segments, String context, String geo, String device,
                              long timestampMillis, int maxAds, double floorCpm, int slotWidth, int slotHeight) {
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

    /** A request for the placement's own size. */
    public DecisionRequest(String requestId, String placementId, String userId, boolean advertisingConsent,
                           String persona, Set<String> segments, String context, String geo, String device,
                           long timestampMillis, int maxAds, double floorCpm) {
        this(requestId, placementId, userId, advertisingConsent, persona, segments, context, geo, device,
                timestampMillis, maxAds, floorCpm, 0, 0);
    }

    /** Personal data may be used only with advertising consent and a user id. */
    public boolean personalised() {
        return advertisingConsent && userId != null;
    }
}
