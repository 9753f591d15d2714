package io.heed.sim;

/** Readable, fixed-width, sortable identifiers for everything the simulator writes. */
final class Ids {
    private Ids() {}

    static String user(int index) {
        return "u" + pad(index + 1, 6);
    }

    static String item(int index) {
        return "i" + pad(index + 1, 6);
    }

    static String ad(int index) {
        return "ad" + pad(index + 1, 5);
    }

    static String advertiser(int index) {
        return "adv" + pad(index + 1, 4);
    }

    static String campaign(int index) {
        return "cmp" + pad(index + 1, 5);
    }

    /** {@code anon-} plus 12 hex digits of a random 48-bit number (callers keep them unique). */
    static String anonymous(long bits48) {
        String hex = Long.toHexString(bits48 & 0xFFFF_FFFF_FFFFL);
        return "anon-" + "0".repeat(12 - hex.length()) + hex;
    }

    static void appendEvent(StringBuilder sb, long n) {
        sb.append('e');
        appendPadded(sb, n, 9);
    }

    static void appendSession(StringBuilder sb, long n) {
        sb.append('s');
        appendPadded(sb, n, 8);
    }

    static String pad(long n, int width) {
        StringBuilder sb = new StringBuilder(width + 2);
        appendPadded(sb, n, width);
        return sb.toString();
    }

    /** Zero-padded to {@code width} digits; wider numbers are written in full. */
    static void appendPadded(StringBuilder sb, long n, int width) {
        int digits = 1;
        for (long p = 10; p <= n && digits < 19; p *= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        sb.append(n);
    }
}
