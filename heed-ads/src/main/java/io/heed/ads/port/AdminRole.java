package io.heed.ads.port;

import java.util.Locale;

/** What an admin API key may do: {@code viewer} reads the ad entities, {@code admin} also changes them. */
public enum AdminRole {
    VIEWER,
    ADMIN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(AdminRole needed) {
        return ordinal() >= needed.ordinal();
    }

    public static AdminRole parse(String s) {
        for (AdminRole r : values()) {
            if (r.wire().equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("role must be viewer or admin, was " + s);
    }
}
