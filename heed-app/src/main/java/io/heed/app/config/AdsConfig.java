package io.heed.app.config;

/**
 * The {@code ads} section of heed.yaml.
 *
 * @param tenant         the tenant ads serve for, and the one events that name none are filed under (default
 *                       {@code default})
 * @param trackingSecret the key that signs tracking URLs, at least 32 characters. Null: one generated at the first
 *                       start and kept in the store ({@code ad_settings}). Set it (better through
 *                       {@code HEED_TRACKING_SECRET} than in a file) so several servers sign alike; changing it
 *                       invalidates the tracking URLs already handed out
 */
public record AdsConfig(String tenant, String trackingSecret) {
    public AdsConfig {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("tenant must be non-blank");
        }
        if (trackingSecret != null && trackingSecret.isBlank()) {
            trackingSecret = null;
        }
        if (trackingSecret != null && trackingSecret.length() < 32) {
            throw new IllegalArgumentException(
                    "trackingSecret must be at least 32 characters, was " + trackingSecret.length());
        }
    }

    public static AdsConfig defaults() {
        return new AdsConfig("default", null);
    }

    public AdsConfig withTenant(String t) {
        return new AdsConfig(t, trackingSecret);
    }

    public AdsConfig withTrackingSecret(String secret) {
        return new AdsConfig(tenant, secret);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "AdsConfig[tenant=" + tenant + ", trackingSecret=" + (trackingSecret == null ? "null" : "***") + "]";
    }
}
