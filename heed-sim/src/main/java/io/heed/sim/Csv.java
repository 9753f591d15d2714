package io.heed.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Hand-rolled CSV formatting for speed (no per-line {@code String.format}): RFC-4180 quoting, fixed-point numbers
 * and ISO-8601 UTC timestamps with milliseconds. Output is UTF-8 with LF line ends.
 */
final class Csv {
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private Csv() {}

    static BufferedWriter open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends a field, quoted (with inner quotes doubled) only when it holds a comma, quote or line break. */
    static void appendField(StringBuilder sb, String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    /** Appends {@code v} rounded half-up to {@code decimals} (0-7) places, e.g. 12.5 with 2 gives "12.50". */
    static void appendFixed(StringBuilder sb, double v, int decimals) {
        long scaled = Math.round(Math.abs(v) * POW10[decimals]);
        if (v < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / POW10[decimals]);
        if (decimals > 0) {
            sb.append('.');
            long frac = scaled % POW10[decimals];
            for (int d = decimals - 1; d > 0 && frac < POW10[d]; d--) {
                sb.append('0');
            }
            sb.append(frac);
        }
    }

    /**
     * Formats epoch milliseconds as {@code 2026-10-01T07:13:05.123Z}. Keeps the date part of the last day seen,
     * since events arrive in time order and a day holds tens of thousands of them.
     */
    static final class Timestamps {
        private static final long DAY_MS = 86_400_000L;
        private long cachedDay = Long.MIN_VALUE;
        private String cachedPrefix;

        void append(StringBuilder sb, long epochMillis) {
            long day = Math.floorDiv(epochMillis, DAY_MS);
            if (day != cachedDay) {
                cachedDay = day;
                cachedPrefix = LocalDate.ofEpochDay(day) + "T";
            }
            int ms = (int) Math.floorMod(epochMillis, DAY_MS);
            sb.append(cachedPrefix);
            two(sb, ms / 3_600_000);
            sb.append(':');
            two(sb, ms / 60_000 % 60);
            sb.append(':');
            two(sb, ms / 1_000 % 60);
            sb.append('.');
            int milli = ms % 1_000;
            if (milli < 100) {
                sb.append('0');
            }
            if (milli < 10) {
                sb.append('0');
            }
            sb.append(milli).append('Z');
        }

        String format(long epochMillis) {
            StringBuilder sb = new StringBuilder(24);
            append(sb, epochMillis);
            return sb.toString();
        }

        private static void two(StringBuilder sb, int v) {
            if (v < 10) {
                sb.append('0');
            }
            sb.append(v);
        }
    }
}
