package io.heed.profiles.sql;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The population quantities every user's profile row is smoothed toward or measured against: the window end (for
 * recency and tenure), the event count and the local hour-bin counts (hour priors), the ad impressions and clicks
 * (ad CTR prior) and the category shares among views/clicks and item impressions. Computed once over every user of
 * a tenant ({@link SqlProfileFeatures#priors()}) so that one user's row needs only that user's events; a row computed
 * with these priors equals that user's row in an all-users run with the same priors.
 *
 * @param windowEnd the last clean event's timestamp as the database prints it, null for an empty store
 * @param events clean events of the tenant
 * @param adImpressions ad impressions among them
 * @param adClicks ad clicks among them
 * @param hourBins events per local three-hour bin
 * @param categories the item categories (sorted) the shares are for
 * @param viewShares each category's share of views and clicks
 * @param seenShares each category's share of item impressions
 * @param computedAt when they were computed
 */
public record ProfilePriors(
        String windowEnd,
        long events,
        long adImpressions,
        long adClicks,
        long[] hourBins,
        List<String> categories,
        double[] viewShares,
        double[] seenShares,
        Instant computedAt) {
    public ProfilePriors {
        categories = List.copyOf(categories);
        hourBins = hourBins.clone();
        viewShares = viewShares.clone();
        seenShares = seenShares.clone();
        if (viewShares.length != categories.size() || seenShares.length != categories.size()) {
            throw new IllegalArgumentException("category shares for " + viewShares.length + "/" + seenShares.length
                    + " categories, expected " + categories.size());
        }
    }

    /** True when older than {@code maxAge} at {@code now}, or computed for another set of categories. */
    public boolean staleAt(Instant now, Duration maxAge, List<String> currentCategories) {
        return computedAt.plus(maxAge).isBefore(now) || !categories.equals(currentCategories);
    }
}
