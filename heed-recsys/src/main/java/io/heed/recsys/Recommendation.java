package io.heed.recsys;

import java.util.Objects;

/** One recommended item with its model score (comparable only within one model). */
public record Recommendation(String itemId, float score) {
    public Recommendation {
        Objects.requireNonNull(itemId, "itemId");
    }
}
