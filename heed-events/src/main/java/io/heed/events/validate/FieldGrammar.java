package io.heed.events.validate;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accepted text forms of timestamps, numbers and positions. The regular expressions are public because the
 * SQL bulk path guards DuckDB's casts with exactly the same patterns, so both paths accept the same inputs.
 */
public final class FieldGrammar {
    /** ISO-8601 date or date-time, 'T' or space separated, optional fraction and offset; no offset means UTC. */
    public static final String ISO_TIMESTAMP =
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?";
    /** {@link #ISO_TIMESTAMP} without capturing groups: the same language, matched faster by SQL's regex engine. */
    public static final String ISO_TIMESTAMP_SHAPE =
            ISO_TIMESTAMP.replace("(\\d", "(?:\\d").replace("(Z|", "(?:Z|");
    /** Epoch time: seconds, or milliseconds when the number is above {@link #MILLIS_THRESHOLD}. */
    public static final String EPOCH_NUMBER = "[+-]?\\d{1,16}(?:\\.\\d{1,9})?";
    /** Numbers above this are epoch milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
    public static final double MILLIS_THRESHOLD = 1e11;

    public static final String DECIMAL = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    public static final String INTEGER = "[+-]?\\d{1,9}";

    private static final Pattern ISO = Pattern.compile(ISO_TIMESTAMP);
    private static final Pattern EPOCH = Pattern.compile(EPOCH_NUMBER);
    private static final Pattern DEC = Pattern.compile(DECIMAL);
    private static final Pattern INT = Pattern.compile(INTEGER);

    private FieldGrammar() {}

    /** The instant, or null when the text is not an accepted timestamp form or names an impossible date. */
    public static Instant parseTimestamp(String s) {
        if (EPOCH.matcher(s).matches()) {
            double n = Double.parseDouble(s);
            double micros = n > MILLIS_THRESHOLD ? n * 1_000 : n * 1_000_000;
            long m = (long) micros;
            return Instant.EPOCH
                    .plusSeconds(Math.floorDiv(m, 1_000_000L))
                    .plusNanos(Math.floorMod(m, 1_000_000L) * 1_000L);
        }
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                String f = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(f);
            }
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    nanos);
            return local.toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String o) {
        if (o == null || o.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = o.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = o.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    /** The finite number, or null when the text is not a decimal number or overflows. */
    public static Double parseDecimal(String s) {
        if (!DEC.matcher(s).matches()) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    /** The integer, or null when the text is not an integer of at most nine digits. */
    public static Integer parseInteger(String s) {
        return INT.matcher(s).matches() ? Integer.valueOf(Integer.parseInt(s)) : null;
    }
}
