package io.heed.ads.sql;

/**
 * Writes a double as JSON number text with {@link #DIGITS} significant digits (relative error at most 5e-12),
 * several times cheaper than {@code Double.toString} on Java 17, which dominated the auction-log writer's time.
 * Whole numbers below 1e15 are written exactly, without a fraction; NaN and infinities are written as JSON
 * {@code null}, never as a number.
 */
final class CompactDecimal {
    static final int DIGITS = 12;
    private static final long LOW = 100_000_000_000L; // 10^(DIGITS-1)
    private static final long HIGH = LOW * 10;
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // exact: 10^22 is the largest power of ten a double holds exactly
            p *= 10;
        }
    }

    private CompactDecimal() {}

    static StringBuilder append(StringBuilder b, double v) {
        if (!Double.isFinite(v)) {
            return b.append("null");
        }
        if (v == 0) {
            return b.append('0');
        }
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        if (v < 1e15 && v == Math.rint(v)) {
            return b.append((long) v);
        }
        int e = (int) Math.floor(Math.log10(v));
        long m = Math.round(scale(v, DIGITS - 1 - e));
        if (m >= HIGH) { // log10 rounded up across a power of ten, or the mantissa rounded up to one
            e++;
            m = Math.round(scale(v, DIGITS - 1 - e));
        } else if (m < LOW) {
            e--;
            m = Math.round(scale(v, DIGITS - 1 - e));
        }
        if (m >= HIGH) { // 9.99999999999x rounds to 10: one digit more
            m /= 10;
            e++;
        }
        return digits(b, m, e);
    }

    /** v × 10^k without overflowing the intermediate for the extreme exponents of tiny or huge values. */
    private static double scale(double v, int k) {
        if (k >= 0) {
            return k < POW10.length ? v * POW10[k] : v * 1e200 * Math.pow(10, k - 200);
        }
        return -k < POW10.length ? v / POW10[-k] : v / 1e200 / Math.pow(10, -k - 200);
    }

    /**
     * m: exactly DIGITS digits, the first worth 10^e. Trailing zeros are dropped first, then the digits are written
     * by {@link StringBuilder#append(long)} (at most two calls), not one division per digit.
     */
    private static StringBuilder digits(StringBuilder b, long m, int e) {
        int n = DIGITS;
        while (n > 1 && m % 10 == 0) {
            m /= 10;
            n--;
        }
        if (e >= 0 && e < 15) {
            if (n <= e + 1) {
                b.append(m);
                for (int i = n; i <= e; i++) {
                    b.append('0');
                }
            } else {
                long scale = TEN[n - e - 1];
                b.append(m / scale).append('.');
                fraction(b, m % scale, n - e - 1);
            }
        } else if (e < 0 && e >= -6) {
            b.append("0.");
            for (int i = -1; i > e; i--) {
                b.append('0');
            }
            b.append(m);
        } else {
            long scale = TEN[n - 1];
            b.append(m / scale);
            if (n > 1) {
                b.append('.');
                fraction(b, m % scale, n - 1);
            }
            b.append('E').append(e);
        }
        return b;
    }

    /** {@code v} as exactly {@code width} digits, with leading zeros. */
    private static void fraction(StringBuilder b, long v, int width) {
        for (int w = width - 1; w > 0 && v < TEN[w]; w--) {
            b.append('0');
        }
        b.append(v);
    }

    private static final long[] TEN = new long[DIGITS + 1];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }
}
