package io.heed.ads.sql;

import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;

/**
 * The candidates and winners of a decision as compact JSON text for the auction log: one array per candidate, {@code [campaign, creative, pricing, bid, p_click, p_convert, ecpm, throttle,
 * participated]}, and per winner, {@code [position, campaign, creative, price, clearing_ecpm, charged_micros,
 * propensity]} — positional, as the store's views {@code ad_auction_candidates} and {@code ad_auction_winners} read
 * them (objects repeating ten keys per candidate were half the bytes, and the store's compression of them most of
 * the writer's cost). Candidates keep rank order; at most {@link #MAX_CANDIDATES} are written (the count is stored
 * beside).
 * Numbers go through {@link CompactDecimal} (12 significant digits; NaN and infinities as {@code null}).
 *
 * <p>Written by hand, the one JSON writer in Heed that is not Jackson, because it is on the serving path and
 * measurement says so: with a reused Jackson {@code JsonGenerator} per thread (same bytes, {@code DecisionJsonTest}
 * checks them) the auction log cost 58–60 µs of CPU per decision against 41 µs for this writer, side by side in
 * {@code ./heed bench decide --quick} ({@code auction_log_cpu_us_per_decision}).
 */
final class DecisionJson {
    static final int MAX_CANDIDATES = Decision.LOGGED_CANDIDATES;

    private DecisionJson() {}

    static String candidates(Decision d) {
        StringBuilder b = new StringBuilder(
                        64 + 120 * Math.min(MAX_CANDIDATES, d.candidates().size()))
                .append('[');
        int n = 0;
        for (Candidate c : d.candidates()) {
            if (n++ == MAX_CANDIDATES) {
                break;
            }
            if (n > 1) {
                b.append(',');
            }
            b.append('[');
            str(b, c.campaignId());
            b.append(',');
            str(b, c.creativeId());
            b.append(",\"").append(c.pricing().wire()).append("\",");
            CompactDecimal.append(b, c.bid()).append(',');
            CompactDecimal.append(b, c.pClick()).append(',');
            CompactDecimal.append(b, c.pConvert()).append(',');
            CompactDecimal.append(b, c.ecpm()).append(',');
            CompactDecimal.append(b, c.throttle())
                    .append(',')
                    .append(c.participated())
                    .append(']');
        }
        return b.append(']').toString();
    }

    static String winners(Decision d) {
        StringBuilder b = new StringBuilder(160 * d.ads().size() + 2).append('[');
        for (ServedAd a : d.ads()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('[').append(a.position()).append(',');
            str(b, a.candidate().campaignId());
            b.append(',');
            str(b, a.candidate().creativeId());
            b.append(',');
            CompactDecimal.append(b, a.price()).append(',');
            CompactDecimal.append(b, a.clearingEcpm())
                    .append(',')
                    .append(a.chargedMicros())
                    .append(',');
            CompactDecimal.append(b, a.propensity()).append(']');
        }
        return b.append(']').toString();
    }

    private static void str(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20) {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        b.append('"');
    }
}
