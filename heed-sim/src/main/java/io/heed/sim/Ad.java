package io.heed.sim;

/**
 * One ad creative. {@code creativeQuality} is latent (an additive term in the ad's click logit) and appears only in
 * the truth.
 */
record Ad(
        int index,
        String id,
        int advertiser,
        int campaign,
        Category category,
        AdFormat format,
        double bidCpm,
        int landingItem,
        double creativeQuality) {

    String advertiserId() {
        return Ids.advertiser(advertiser);
    }

    String campaignId() {
        return Ids.campaign(campaign);
    }
}
