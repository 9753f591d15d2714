package io.heed.profiles;

/**
 * Port: computes profile features for every (non-bot) user of the store. The room's {@code sql} package implements it
 * in SQL ({@code io.heed.profiles.sql.SqlProfileFeatures}).
 */
public interface ProfileFeatureSource {
    /** The features {@link #compute()} returns, in column order. */
    FeatureSet featureSet();

    /** One row per user with at least one clean event; never null, possibly empty. */
    ProfileMatrix compute();

    /**
     * One user's row, computed with the same definitions (and the same population priors) as {@link #compute()};
     * a matrix of zero rows when the user has no clean events.
     */
    ProfileMatrix computeFor(String userId);

    /** The data window the last {@link #compute()} read, as "first ts .. last ts" (ISO-8601); empty before. */
    String dataWindow();
}
