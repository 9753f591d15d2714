package io.heed.profiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Standard-time UTC offsets (minutes) by ISO 3166 country code, used to turn event timestamps into the user's local
 * time for the rhythm features. Daylight saving is ignored (a one-hour shift for part of the year moves few events
 * across a three-hour bin). Countries spanning several zones take the zone where most of their people live (US:
 * Eastern, BR: Brasília, RU: Moscow, AU: Sydney, CA: Eastern, MX: Central). An unknown or missing country counts
 * as UTC. Part of the feature definition: changing an offset changes the feature set version.
 */
public final class CountryUtcOffsets {
    private static final Map<String, Integer> OFFSETS = build();

    private CountryUtcOffsets() {}

    /** Country code (upper case) to offset in minutes east of UTC. */
    public static Map<String, Integer> all() {
        return OFFSETS;
    }

    /** Offset in minutes of {@code country} (any case), 0 when unknown or null. */
    public static int minutes(String country) {
        if (country == null) {
            return 0;
        }
        return OFFSETS.getOrDefault(country.trim().toUpperCase(java.util.Locale.ROOT), 0);
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> m = new LinkedHashMap<>();
        hours(m, 0, "GB", "IE", "PT", "IS", "GH", "SN", "CI", "MA");
        hours(
                m, 1, "FR", "DE", "ES", "IT", "NL", "BE", "LU", "CH", "AT", "DK", "NO", "SE", "PL", "CZ", "SK", "HU",
                "SI", "HR", "RS", "BA", "ME", "MK", "AL", "MT", "NG", "DZ", "TN", "CM", "AO");
        hours(m, 2, "FI", "EE", "LV", "LT", "UA", "RO", "BG", "GR", "CY", "IL", "EG", "ZA", "LB", "JO", "ZW", "ZM");
        hours(m, 3, "RU", "TR", "BY", "SA", "IQ", "KW", "QA", "BH", "KE", "ET", "TZ", "UG");
        hours(m, 4, "AE", "OM", "AZ", "GE", "AM", "MU");
        hours(m, 5, "PK", "UZ", "MV");
        m.put("IR", 210);
        m.put("AF", 270);
        m.put("IN", 330);
        m.put("LK", 330);
        m.put("NP", 345);
        hours(m, 6, "BD", "KZ", "KG", "BT");
        m.put("MM", 390);
        hours(m, 7, "TH", "VN", "ID", "KH", "LA");
        hours(m, 8, "CN", "HK", "MO", "TW", "SG", "MY", "PH");
        hours(m, 9, "JP", "KR");
        hours(m, 10, "AU", "PG", "GU");
        hours(m, 12, "NZ", "FJ");
        hours(m, -3, "BR", "AR", "UY");
        hours(m, -4, "CL", "VE", "BO", "PY", "DO", "PR");
        hours(m, -5, "US", "CA", "CO", "PE", "EC", "PA", "JM", "CU");
        hours(m, -6, "MX", "GT", "HN", "SV", "NI", "CR");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void hours(Map<String, Integer> m, int h, String... countries) {
        for (String c : countries) {
            m.put(c, h * 60);
        }
    }
}
