package io.heed.ads.tracking;

/**
 * Tracking rules: URLs live {@code ttlMillis}; a repeat of the same hit within {@code duplicateWindowMillis} is a
 * duplicate (a retried beacon, ignored), later it is a replay (rejected); a click sooner than
 * {@code minClickDelayMillis} after its impression is faster than a human (rejected).
 */
public record TrackingPolicy(long ttlMillis, long duplicateWindowMillis, long minClickDelayMillis) {
    public TrackingPolicy {
        if (ttlMillis < 1 || duplicateWindowMillis < 0 || minClickDelayMillis < 0) {
            throw new IllegalArgumentException("tracking policy values must be positive");
        }
    }

    /** One day for URLs, 10 s for retried beacons, 250 ms as the fastest human click. */
    public static TrackingPolicy defaults() {
        return new TrackingPolicy(86_400_000L, 10_000, 250);
    }
}
