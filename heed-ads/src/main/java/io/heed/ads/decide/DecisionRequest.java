package io.heed.ads.decide;

import java.util.Objects;
import java.util.Set;

/**
 * One ad request: a placement, the user (id, advertising consent, persona and segments from the profile stage),
 * the page context (category), geo and device, the request time, and how many ads at most (0 = the placement's
 * slots). {@code floorCpm}, when positive, raises the placement's floor (an OpenRTB {@code bidfloor}).
 */
public record DecisionRequest(String requestId, String placementId, String userId, boolean advertisingConsent,
                              String persona, Set<String> segments, String context, String geo, String device,
                              long timestampMillis, int maxAds, double floorCpm) {
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

    /** Personal data may be used only with advertising consent and a user id. */
    public boolean personalised() {
        return advertisingConsent && userId != null;
    }
}
