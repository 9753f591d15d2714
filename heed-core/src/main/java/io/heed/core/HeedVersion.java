package io.heed.core;

/** The code version recorded in artifacts, reports and benchmark results. */
public final class HeedVersion {
    private HeedVersion() {}

    public static String current() {
        String v = HeedVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
