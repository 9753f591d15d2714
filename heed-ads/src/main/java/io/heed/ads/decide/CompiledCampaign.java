package io.heed.ads.decide;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import java.util.List;

/**
 * A servable campaign as the engine needs it: its index in the snapshot, its active creatives (best first), and its
 * spend and pacing state (held here so that scoring a candidate takes no map lookup).
 */
record CompiledCampaign(
        int index, Campaign campaign, List<Creative> creatives, BudgetLedger.Spend spend, Pacer.State pace) {

    /** The best creative (highest quality, then id) that fits the slot, or null. */
    Creative creativeFor(AdFormat format, int width, int height) {
        for (Creative c : creatives) {
            if (c.fits(format, width, height)) {
                return c;
            }
        }
        return null;
    }
}
