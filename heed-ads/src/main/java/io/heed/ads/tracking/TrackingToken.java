package io.heed.ads.tracking;

/**
 * What a signed tracking URL carries: the decision, the ad (campaign, creative), the position, the user and
 * persona when personal data was allowed (else null), when the URL was issued, (clicks) where to send the user,
 * and the second price the ad cleared at in its campaign's unit (what a CPC click or CPA conversion is charged).
 */
public record TrackingToken(
        TrackKind kind,
        String decisionId,
        String campaignId,
        String creativeId,
        int position,
        String userId,
        String persona,
        long issuedAtMillis,
        String landing,
        double price) {}
