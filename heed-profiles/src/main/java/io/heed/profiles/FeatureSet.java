package io.heed.profiles;

import java.util.List;
import java.util.Objects;

/**
 * A named, versioned list of profile features: what the columns of a {@link ProfileMatrix} mean. A model records the
 * feature set it was trained on and refuses rows of another one. Bump {@code version} whenever a definition changes.
 */
public record FeatureSet(String name, int version, List<String> names) {
    public FeatureSet {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("feature set name must not be blank");
        }
        if (version < 1) {
            throw new IllegalArgumentException("feature set version must be >= 1, was " + version);
        }
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("feature set " + name + " has no features");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("feature set " + name + " repeats a feature name: " + names);
        }
    }

    public int size() {
        return names.size();
    }

    /** Column of {@code feature}, or -1. */
    public int indexOf(String feature) {
        return names.indexOf(feature);
    }

    /** "name v3 (17 features)". */
    public String id() {
        return name + " v" + version;
    }

    /** Same name and version and the same columns in the same order. */
    public boolean compatibleWith(FeatureSet other) {
        return name.equals(other.name) && version == other.version && names.equals(other.names);
    }
}
