package io.heed.profiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dense profile features: one row of {@link FeatureSet#size()} doubles per user, stored row-major in one flat
 * array (no boxing). Immutable by convention: {@link #values()} hands out the array, do not write to it.
 */
public final class ProfileMatrix {
    private final FeatureSet features;
    private final List<String> userIds;
    private final double[] values;
    private final Map<String, Integer> rowOf;

    public ProfileMatrix(FeatureSet features, List<String> userIds, double[] values) {
        this.features = Objects.requireNonNull(features, "features");
        this.userIds = List.copyOf(userIds);
        if (values.length != this.userIds.size() * features.size()) {
            throw new IllegalArgumentException(
                    "expected " + this.userIds.size() + " x " + features.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("feature " + features.names().get(i % features.size())
                        + " of user row " + (i / features.size()) + " is not finite: " + values[i]);
            }
        }
        this.values = values;
        this.rowOf = new HashMap<>(this.userIds.size() * 2);
        for (int i = 0; i < this.userIds.size(); i++) {
            if (rowOf.put(this.userIds.get(i), i) != null) {
                throw new IllegalArgumentException("user " + this.userIds.get(i) + " appears twice");
            }
        }
    }

    public FeatureSet features() {
        return features;
    }

    public List<String> userIds() {
        return userIds;
    }

    public int rows() {
        return userIds.size();
    }

    public int dims() {
        return features.size();
    }

    /** Row-major values: user {@code i}, feature {@code j} at {@code i * dims() + j}. */
    public double[] values() {
        return values;
    }

    public double get(int row, int feature) {
        return values[row * features.size() + feature];
    }

    /** Copy of one user's row. */
    public double[] row(int row) {
        double[] r = new double[features.size()];
        System.arraycopy(values, row * r.length, r, 0, r.length);
        return r;
    }

    /** Row index of {@code userId}, or -1. */
    public int rowOf(String userId) {
        Integer i = rowOf.get(userId);
        return i == null ? -1 : i;
    }
}
