package io.heed.ads.consent;

import java.util.Base64;

/**
 * Reads the purpose consents of an IAB TCF v2 consent string's core segment: personalised advertising needs
 * purpose 1 (store and access information on a device) and purpose 4 (select personalised ads). Anything that does
 * not decode as a version-2 core segment counts as no consent (the safe default).
 */
public final class TcfConsent {
    /** Bit offset of PurposesConsent in the core segment (TCF v2.2 spec, "Core String"). */
    private static final int PURPOSES_OFFSET = 152;

    private TcfConsent() {}

    public static boolean allowsPersonalisedAds(String tcString) {
        if (tcString == null || tcString.isBlank()) {
            return false;
        }
        String core = tcString.split("\\.")[0];
        byte[] b;
        try {
            b = Base64.getUrlDecoder()
                    .decode(core.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (b.length * 8 < PURPOSES_OFFSET + 24 || bits(b, 0, 6) != 2) {
            return false;
        }
        return bit(b, PURPOSES_OFFSET) && bit(b, PURPOSES_OFFSET + 3);
    }

    private static boolean bit(byte[] b, int i) {
        return (b[i >>> 3] & (0x80 >>> (i & 7))) != 0;
    }

    private static int bits(byte[] b, int from, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | (bit(b, from + i) ? 1 : 0);
        }
        return v;
    }
}
