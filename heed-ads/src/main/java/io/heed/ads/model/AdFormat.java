package io.heed.ads.model;

/** Creative formats a placement can show. */
public enum AdFormat {
    BANNER, VIDEO, NATIVE;

    public String wire() {
        return WireNames.of(this);
    }

    public static AdFormat parse(String field, String s) {
        return WireNames.parse(AdFormat.class, field, s);
    }
}
