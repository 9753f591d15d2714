package io.heed.ads.model;

/** Creative formats a placement can show. */
public enum AdFormat {
    BANNER,
    VIDEO,
    NATIVE;

    /** Computed once: wire names are written per candidate on the serving path. */
    private final String wire = name().toLowerCase(java.util.Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static AdFormat parse(String field, String s) {
        return WireNames.parse(AdFormat.class, field, s);
    }
}
