package io.heed.ctr.features;

import java.util.Objects;

/**
 * A numeric field and how it becomes features. {@link Transform#LOG_BUCKET} turns the value into a categorical
 * bucket (robust to outliers; trees and linear models alike); {@link Transform#LOG_VALUE} keeps one feature whose
 * value is sign(x)·ln(1+|x|), clipped to ±{@value #CLIP}. Non-finite values count as missing.
 */
public record NumericField(String name, Transform transform) {
    public static final double CLIP = 20;

    public enum Transform {
        LOG_BUCKET,
        LOG_VALUE
    }

    public NumericField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transform, "transform");
        if (name.isBlank()) {
            throw new IllegalArgumentException("numeric field name must not be blank");
        }
    }

    /** Bucket of a finite value: "le0" for x ≤ 0, else floor(log2(1 + x)) capped at 63. */
    static String bucket(double x) {
        if (x <= 0) {
            return "le0";
        }
        return Integer.toString((int) Math.min(63, Math.floor(Math.log1p(x) / Math.log(2))));
    }

    static float logValue(double x) {
        double v = Math.signum(x) * Math.log1p(Math.abs(x));
        return (float) Math.max(-CLIP, Math.min(CLIP, v));
    }
}
