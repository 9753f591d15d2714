package io.heed.ads.decide;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import java.util.List;

/** A servable campaign as the engine needs it: its index in the snapshot and its active creatives, best first. */
record CompiledCampaign(int index, Campaign campaign, List<Creative> creatives) {

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
