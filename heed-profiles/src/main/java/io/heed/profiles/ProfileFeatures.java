package io.heed.profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard profile feature set, version {@value #VERSION} ({@value #NAME}). Every implementation of
 * {@link ProfileFeatureSource} that claims it computes exactly these columns, in this order, over a user's clean
 * events (bots excluded) in the data window, whose end {@code T} is the latest event:
 * <ul>
 *   <li>{@code recency_days}: days from the user's last event to {@code T}, at least 0 (an incremental run keeps
 *   the {@code T} of its priors);</li>
 *   <li>{@code frequency_log}: ln(1 + purchases); {@code monetary_log}: ln(1 + sum of purchase values);</li>
 *   <li>{@code cat_<category>} for every item category (sorted): the user's share of views and clicks on items of
 *       that category, additively smoothed toward the population share {@code p_c}:
 *       {@code (n_uc + α·p_c) / (n_u + α)} with α = {@value #CATEGORY_PRIOR};</li>
 *   <li>{@code seen_<category>} likewise over the user's item impressions: what the feed showed them (scrolled past
 *       or not). It mirrors the publisher's own personalisation and carries far more events than clicks; on the
 *       simulator it is the strongest persona signal;</li>
 *   <li>{@code dwell_log_mean}: mean ln(1 + dwell seconds) over dwell events (0 without any);
 *       {@code events_per_session}: the user's events / sessions; {@code sessions_log}: ln(1 + sessions);</li>
 *   <li>Rhythm, in the user's <em>local</em> time: the event's country (its {@code geo}), else the user's country,
 *       gives the UTC offset ({@link CountryUtcOffsets}; unknown countries count as UTC).
 *       {@code daypart_night|morning|afternoon|evening}: share of events in local hours 0–5, 6–11, 12–17, 18–23;
 *       {@code weekend_share}: share on local Saturdays and Sundays; {@code hour_00 … hour_21}: share of events in
 *       each three-hour local bin starting at that hour, smoothed toward the population's share of the bin with
 *       α = {@value #HOUR_PRIOR} (as the category shares), so a user with few events sits near the population;</li>
 *   <li>{@code device_mobile|desktop|tablet}, {@code platform_web|ios|android}: shares of events carrying each value
 *       (events without a device or platform count in the denominator);</li>
 *   <li>{@code price_ratio_viewed}, {@code price_ratio_bought}: mean of item price / mean price of its category over
 *       viewed (resp. purchased) items; 1 (neutral) without any;</li>
 *   <li>{@code ad_ctr}: ad clicks / ad impressions smoothed by a Beta prior centred on the population ad CTR with
 *       strength {@value #AD_PRIOR_STRENGTH} impressions: {@code (clicks + m·ctr) / (impressions + m)};</li>
 *   <li>{@code tenure_days}: days from the account's creation (else the first event) to {@code T};</li>
 *   <li>{@code feed_personalised}: 0 when the user refused the personalisation purpose, else 1 (also for
 *       profiles without an account). A refusing user's feed is not personalised, so their {@code seen_*} shares
 *       describe the publisher's popular items, not the user: the persona trainer treats them as unobserved.</li>
 * </ul>
 * Version 1 had the dayparts and weekend share in UTC and no {@code hour_*} bins or {@code feed_personalised}.
 */
public final class ProfileFeatures {
    public static final String NAME = "heed-profile";
    public static final int VERSION = 2;
    public static final double CATEGORY_PRIOR = 10.0;
    public static final double AD_PRIOR_STRENGTH = 50.0;
    public static final double HOUR_PRIOR = 10.0;
    /** Width of one {@code hour_*} bin, in hours. */
    public static final int HOUR_BIN = 3;

    public static final String HOUR_PREFIX = "hour_";
    public static final String FEED_PERSONALISED = "feed_personalised";
    public static final String CATEGORY_PREFIX = "cat_";
    public static final String SEEN_PREFIX = "seen_";
    public static final String MONETARY = "monetary_log";
    public static final List<String> HEAD = List.of("recency_days", "frequency_log", MONETARY);
    public static final List<String> TAIL = List.of(
            "dwell_log_mean",
            "events_per_session",
            "sessions_log",
            "daypart_night",
            "daypart_morning",
            "daypart_afternoon",
            "daypart_evening",
            "weekend_share",
            "hour_00",
            "hour_03",
            "hour_06",
            "hour_09",
            "hour_12",
            "hour_15",
            "hour_18",
            "hour_21",
            "device_mobile",
            "device_desktop",
            "device_tablet",
            "platform_web",
            "platform_ios",
            "platform_android",
            "price_ratio_viewed",
            "price_ratio_bought",
            "ad_ctr",
            "tenure_days",
            FEED_PERSONALISED);

    private ProfileFeatures() {}

    /** The current version for the given item categories (sorted by the caller; blanks are not allowed). */
    public static FeatureSet of(List<String> categories) {
        List<String> names = new ArrayList<>(HEAD);
        for (String c : categories) {
            names.add(CATEGORY_PREFIX + c);
        }
        for (String c : categories) {
            names.add(SEEN_PREFIX + c);
        }
        names.addAll(TAIL);
        return new FeatureSet(NAME, VERSION, names);
    }
}
