package io.heed.ads.tracking;

/** What a tracking URL reports. */
public enum TrackKind {
    IMPRESSION,
    CLICK,
    CONVERSION;

    /** Computed once: wire names are written per candidate on the serving path. */
    private final String wire = name().toLowerCase(java.util.Locale.ROOT);

    public String wire() {
        return wire;
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
