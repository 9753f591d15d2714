package io.heed.ads.model;

/**
 * How an advertiser pays: per thousand impressions, per click or per conversion. The bid is in the same unit
 * (currency per mille, per click, per conversion).
 */
public enum Pricing {
    CPM,
    CPC,
    CPA;

    /** Computed once: wire names are written per candidate on the serving path. */
    private final String wire = name().toLowerCase(java.util.Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static Pricing parse(String field, String s) {
        return WireNames.parse(Pricing.class, field, s);
    }
}
