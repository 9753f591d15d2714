package io.heed.store.ads;

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

    private CompactDecimal() {
    }

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

    /** m: exactly DIGITS digits, the first worth 10^e. */
    private static StringBuilder digits(StringBuilder b, long m, int e) {
        char[] d = new char[DIGITS];
        for (int i = DIGITS - 1; i >= 0; i--) {
            d[i] = (char) ('0' + m % 10);
            m /= 10;
        }
        int n = DIGITS;
        while (n > 1 && d[n - 1] == '0') {
            n--;
        }
        if (e >= 0 && e < 15) {
            if (n <= e + 1) {
                b.append(d, 0, n);
                for (int i = n; i <= e; i++) {
                    b.append('0');
                }
            } else {
                b.append(d, 0, e + 1).append('.').append(d, e + 1, n - e - 1);
            }
        } else if (e < 0 && e >= -6) {
            b.append("0.");
            for (int i = -1; i > e; i--) {
                b.append('0');
            }
            b.append(d, 0, n);
        } else {
            b.append(d[0]);
            if (n > 1) {
                b.append('.').append(d, 1, n - 1);
            }
            b.append('E').append(e);
        }
        return b;
    }
}
