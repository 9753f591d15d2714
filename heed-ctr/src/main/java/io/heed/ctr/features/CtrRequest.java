package io.heed.ctr.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One impression to score, as plain fields: categorical fields (user, ad, placement, device, ...) as strings and
 * numeric fields (price, hour, engagement counts, ...) as numbers. Field names are free; the model's
 * {@link io.heed.ctr.features.FeatureSpec} decides which it reads. Missing fields are allowed (they are
 * encoded as "missing"); so are unseen values (they hash to weights the model never trained, which are zero).
 */
public record CtrRequest(Map<String, String> categorical, Map<String, Double> numeric) {

    public CtrRequest {
        categorical =
                Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(categorical, "categorical")));
        numeric = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(numeric, "numeric")));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The categorical value of {@code field}, or null when absent or blank. */
    public String get(String field) {
        String v = categorical.get(field);
        return v == null || v.isBlank() ? null : v;
    }

    /** The numeric value of {@code field}, or null when absent. */
    public Double number(String field) {
        return numeric.get(field);
    }

    /** Builds a request field by field; later puts replace earlier ones. */
    public static final class Builder {
        private final Map<String, String> categorical = new LinkedHashMap<>();
        private final Map<String, Double> numeric = new LinkedHashMap<>();

        public Builder put(String field, String value) {
            if (value != null) {
                categorical.put(field, value);
            }
            return this;
        }

        public Builder put(String field, double value) {
            numeric.put(field, value);
            return this;
        }

        public CtrRequest build() {
            return new CtrRequest(categorical, numeric);
        }
    }
}
