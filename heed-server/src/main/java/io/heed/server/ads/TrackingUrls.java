package io.heed.server.ads;

import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.tracking.TrackKind;
import io.heed.ads.tracking.TrackingSigner;
import io.heed.ads.tracking.TrackingToken;

/** The three signed tracking URLs of a served ad, under {@code base} (e.g. {@code http://host:port} or empty). */
record TrackingUrls(String impression, String click, String conversion) {

    static TrackingUrls of(TrackingSigner signer, String base, Decision d, ServedAd a) {
        TrackingToken t = new TrackingToken(
                TrackKind.IMPRESSION,
                d.decisionId(),
                a.candidate().campaignId(),
                a.candidate().creativeId(),
                a.position(),
                d.userId(),
                d.persona(),
                d.timestampMillis(),
                null,
                a.price());
        String[] q = signer.signAll(t, a.creative().landingUrl());
        String path = base + "/v1/track/";
        return new TrackingUrls(path + "impression?" + q[0], path + "click?" + q[1], path + "conversion?" + q[2]);
    }
}
