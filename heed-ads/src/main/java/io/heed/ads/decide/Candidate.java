package io.heed.ads.decide;

import io.heed.ads.model.Pricing;

/**
 * One eligible campaign (with its best-fitting creative) as scored in an auction: the predictions, its expected
 * value per thousand impressions, its pacing throttle and whether the throttle let it take part.
 *
 * @param weight eCPM per unit of bid: quality × (1 for CPM, 1000·pClick for CPC, 1000·pClick·pConvert for CPA)
 */
public record Candidate(
        String campaignId,
        String creativeId,
        String advertiserId,
        Pricing pricing,
        double bid,
        double pClick,
        double pConvert,
        double quality,
        double weight,
        double ecpm,
        double throttle,
        boolean participated) {}
