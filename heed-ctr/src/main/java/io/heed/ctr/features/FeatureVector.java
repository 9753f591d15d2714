package io.heed.ctr.features;

/**
 * An encoded example: hashed slot indices and their values (the bias slot first), and, when asked for, the
 * readable name of each feature ("placement=home_feed") for explanations. Arrays are owned by the vector.
 */
public record FeatureVector(int[] index, float[] value, String[] names) {

    public FeatureVector {
        if (index.length != value.length || (names != null && names.length != index.length)) {
            throw new IllegalArgumentException("index, value and names must have the same length");
        }
    }

    public int size() {
        return index.length;
    }

    public String name(int k) {
        return names == null ? "#" + index[k] : names[k];
    }
}
