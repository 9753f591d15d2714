package io.heed.store.ads;

import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;

/**
 * The candidates and winners of a decision as compact JSON text for the auction log (no JSON library in the
 * store). Candidates keep rank order; at most {@link #MAX_CANDIDATES} are written (the count is stored beside).
 * Numbers go through {@link CompactDecimal} (12 significant digits; NaN and infinities as {@code null}).
 */
final class DecisionJson {
    static final int MAX_CANDIDATES = Decision.LOGGED_CANDIDATES;

    private DecisionJson() {
    }

    static String candidates(Decision d) {
        StringBuilder b = new StringBuilder(64 + 120 * Math.min(MAX_CANDIDATES, d.candidates().size())).append('[');
        int n = 0;
        for (Candidate c : d.candidates()) {
            if (n++ == MAX_CANDIDATES) {
                break;
            }
            if (n > 1) {
                b.append(',');
            }
            b.append("{\"campaign\":");
            str(b, c.campaignId());
            b.append(",\"creative\":");
            str(b, c.creativeId());
            b.append(",\"pricing\":\"").append(c.pricing().wire()).append("\",\"bid\":");
            CompactDecimal.append(b, c.bid()).append(",\"p_click\":");
            CompactDecimal.append(b, c.pClick()).append(",\"p_convert\":");
            CompactDecimal.append(b, c.pConvert()).append(",\"ecpm\":");
            CompactDecimal.append(b, c.ecpm()).append(",\"throttle\":");
            CompactDecimal.append(b, c.throttle()).append(",\"participated\":").append(c.participated()).append('}');
        }
        return b.append(']').toString();
    }

    static String winners(Decision d) {
        StringBuilder b = new StringBuilder(160 * d.ads().size() + 2).append('[');
        for (ServedAd a : d.ads()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append("{\"position\":").append(a.position()).append(",\"campaign\":");
            str(b, a.candidate().campaignId());
            b.append(",\"creative\":");
            str(b, a.candidate().creativeId());
            b.append(",\"price\":");
            CompactDecimal.append(b, a.price()).append(",\"clearing_ecpm\":");
            CompactDecimal.append(b, a.clearingEcpm()).append(",\"charged_micros\":").append(a.chargedMicros())
                    .append(",\"propensity\":");
            CompactDecimal.append(b, a.propensity()).append('}');
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
