package io.heed.recsys.cf;

import java.util.Map;

/**
 * Popularity baseline settings.
 *
 * @param halfLifeDays 0 for plain (weighted) counts; otherwise each interaction counts
 *     {@code 2^(-age/halfLife)}, age measured back from the newest interaction in the data (needs timestamps)
 */
public record PopularityConfig(double halfLifeDays) {
    public PopularityConfig {
        if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException("halfLifeDays must be finite and >= 0, got " + halfLifeDays);
        }
    }

    public static PopularityConfig counts() {
        return new PopularityConfig(0);
    }

    public Map<String, String> params() {
        return Map.of("halfLifeDays", Double.toString(halfLifeDays));
    }
}
