package io.heed.bench;

import java.util.Arrays;

/** Small statistics for repeated measurements. */
public final class Stats {
    private Stats() {}

    public static double median(double... xs) {
        if (xs.length == 0) {
            throw new IllegalArgumentException("median of nothing");
        }
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
