package io.heed.ads.tracking;

/**
 * What a signed tracking URL carries: the decision, the ad (campaign, creative), the position, the user and
 * persona when personal data was allowed (else null), and when the URL was issued.
 */
public record TrackingToken(TrackKind kind, String decisionId, String campaignId, String creativeId, int position,
                            String userId, String persona, long issuedAtMillis) {
}
