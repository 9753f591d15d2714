package io.heed.revenue;

import java.util.Locale;
import java.util.OptionalDouble;

/** Ratios with a zero denominator are undefined (empty), never NaN or infinity. */
final class Ratio {
    private Ratio() {}

    static OptionalDouble of(double numerator, double denominator, double scale) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(scale * numerator / denominator);
    }

    /** A metric for text output: {@code n/a} when undefined. */
    static String text(OptionalDouble v, int decimals) {
        return v.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", v.getAsDouble()) : "n/a";
    }
}
