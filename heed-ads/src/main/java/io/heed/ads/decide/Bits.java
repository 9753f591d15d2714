package io.heed.ads.decide;

/** Fixed-size bit sets as {@code long[]}, operated on in place (faster and leaner than java.util.BitSet here). */
final class Bits {
    private Bits() {}

    static long[] of(int size) {
        return new long[(size + 63) >>> 6];
    }

    static void set(long[] b, int i) {
        b[i >>> 6] |= 1L << i;
    }

    static boolean get(long[] b, int i) {
        return (b[i >>> 6] & (1L << i)) != 0;
    }

    /** {@code acc |= a}. */
    static void or(long[] acc, long[] a) {
        for (int i = 0; i < acc.length; i++) {
            acc[i] |= a[i];
        }
    }
}
