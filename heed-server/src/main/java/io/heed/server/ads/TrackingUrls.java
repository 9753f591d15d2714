package io.heed.server.ads;

import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.tracking.TrackKind;
import io.heed.ads.tracking.TrackingSigner;
import io.heed.ads.tracking.TrackingToken;

/** The three signed tracking URLs of a served ad, under {@code base} (e.g. {@code http://host:port} or empty). */
record TrackingUrls(String impression, String click, String conversion) {

    static TrackingUrls of(TrackingSigner signer, String base, Decision d, ServedAd a) {
        return new TrackingUrls(url(signer, base, TrackKind.IMPRESSION, d, a, null),
                url(signer, base, TrackKind.CLICK, d, a, landing(a)),
                url(signer, base, TrackKind.CONVERSION, d, a, null));
    }

    private static String landing(ServedAd a) {
        return a.creative().landingUrl() != null ? a.creative().landingUrl() : null;
    }

    private static String url(TrackingSigner signer, String base, TrackKind kind, Decision d, ServedAd a,
                              String landing) {
        TrackingToken t = new TrackingToken(kind, d.decisionId(), a.candidate().campaignId(),
                a.candidate().creativeId(), a.position(), d.userId(), d.persona(), d.timestampMillis(), landing,
                a.price());
        return base + "/v1/track/" + kind.wire() + "?" + signer.sign(t);
    }
}
