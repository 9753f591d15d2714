package io.heed.ctr.features;

import java.util.List;
import java.util.Objects;

/**
 * What the feature pipeline reads and how: the hashing space (2^bits slots), categorical fields, numeric fields
 * and crosses (each a list of two or more categorical fields whose values are joined). Stored in every CTR
 * artifact, so serving encodes exactly as training did.
 */
public record FeatureSpec(int bits, List<String> categorical, List<NumericField> numeric, List<List<String>> crosses) {
    public static final int MIN_BITS = 4;
    public static final int MAX_BITS = 28;

    public FeatureSpec {
        if (bits < MIN_BITS || bits > MAX_BITS) {
            throw new IllegalArgumentException(
                    "bits must be between " + MIN_BITS + " and " + MAX_BITS + ", was " + bits);
        }
        categorical = List.copyOf(Objects.requireNonNull(categorical, "categorical"));
        numeric = List.copyOf(Objects.requireNonNull(numeric, "numeric"));
        crosses = Objects.requireNonNull(crosses, "crosses").stream()
                .map(List::copyOf)
                .toList();
        for (List<String> c : crosses) {
            if (c.size() < 2) {
                throw new IllegalArgumentException("a cross needs at least two fields, got " + c);
            }
        }
    }

    /** Categorical fields only, no crosses. */
    public static FeatureSpec of(int bits, List<String> categorical) {
        return new FeatureSpec(bits, categorical, List.of(), List.of());
    }

    public FeatureSpec withCrosses(List<List<String>> more) {
        return new FeatureSpec(bits, categorical, numeric, more);
    }

    public int dimension() {
        return 1 << bits;
    }
}
