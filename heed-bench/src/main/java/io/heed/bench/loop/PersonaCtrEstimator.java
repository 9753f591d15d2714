package io.heed.bench.loop;

import io.heed.ads.port.AttentionEstimator;

/**
 * heed-ads' attention port fed by the loop's trained click model: pClick is the persona × ad click rate of
 * {@link PersonaAdCtrModel} (the loop's campaigns carry their ad's id, one campaign per ad). The model has no
 * conversion rates, and the loop's campaigns pay per click, so pConvert is 0 (it would only weigh CPA bids).
 */
final class PersonaCtrEstimator implements AttentionEstimator {
    private final PersonaAdCtrModel model;

    PersonaCtrEstimator(PersonaAdCtrModel model) {
        this.model = model;
    }

    @Override
    public Attention estimate(Query q) {
        return new Attention(Math.min(1, Math.max(0, model.predict(q.persona(), q.campaignId()))), 0);
    }
}
