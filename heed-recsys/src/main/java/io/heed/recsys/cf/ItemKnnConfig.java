package io.heed.recsys.cf;

import java.util.Map;

/**
 * Item-kNN settings.
 *
 * @param neighbours how many most-similar items each item keeps
 * @param shrink added to the cosine denominator, damping similarities built on few co-occurrences
 */
public record ItemKnnConfig(int neighbours, double shrink) {
    public ItemKnnConfig {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1, got " + neighbours);
        }
        if (!(shrink >= 0) || Double.isInfinite(shrink)) {
            throw new IllegalArgumentException("shrink must be finite and >= 0, got " + shrink);
        }
    }

    public static ItemKnnConfig defaults() {
        return new ItemKnnConfig(100, 10);
    }

    public Map<String, String> params() {
        return Map.of("neighbours", Integer.toString(neighbours), "shrink", Double.toString(shrink));
    }
}
