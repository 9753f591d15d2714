package io.heed.ads.tracking;

import java.util.Locale;

/** What a tracking URL reports. */
public enum TrackKind {
    IMPRESSION, CLICK, CONVERSION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrackKind fromWire(String s) {
        for (TrackKind k : values()) {
            if (k.wire().equals(s)) {
                return k;
            }
        }
        return null;
    }
}
