package io.heed.ads.attention;

import io.heed.ads.port.AttentionEstimator;

/**
 * The attention port fed by a persona × ad click model: pClick is {@link PersonaAdCtrModel}'s click rate for the
 * user's persona and the campaign id (so each campaign carries its ad's id, one campaign per ad). The model has no
 * conversion rates, and campaigns served this way pay per click, so pConvert is 0 (it would only weigh CPA bids).
 */
public final class PersonaCtrEstimator implements AttentionEstimator {
    private final PersonaAdCtrModel model;

    public PersonaCtrEstimator(PersonaAdCtrModel model) {
        this.model = model;
    }

    @Override
    public Attention estimate(Query q) {
        return new Attention(Math.min(1, Math.max(0, model.predict(q.persona(), q.campaignId()))), 0);
    }
}
