package io.heed.ads.model;

import java.time.Instant;

/**
 * When a campaign may serve: from {@code start} (inclusive) to {@code end} (exclusive), and only in the UTC hours
 * whose bit is set in {@code hoursMask} (bit h = hour h; {@link #ALL_HOURS} for any hour).
 */
public record Schedule(Instant start, Instant end, int hoursMask) {
    public static final int ALL_HOURS = (1 << 24) - 1;

    public Schedule {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new InvalidEntityException("schedule.end", "must be after schedule.start");
        }
        if (hoursMask <= 0 || hoursMask > ALL_HOURS) {
            throw new InvalidEntityException("schedule.hours", "must name at least one hour in 0..23");
        }
    }

    public boolean activeAt(long epochMillis) {
        return activeAt(start.toEpochMilli(), end.toEpochMilli(), hoursMask, epochMillis);
    }

    /** The rule of {@link #activeAt(long)} over plain fields (the serving loop keeps them in arrays). */
    public static boolean activeAt(long startMillis, long endMillis, int hoursMask, long epochMillis) {
        if (epochMillis < startMillis || epochMillis >= endMillis) {
            return false;
        }
        int hour = (int) Math.floorMod(epochMillis / 3_600_000L, 24L);
        return (hoursMask & (1 << hour)) != 0;
    }
}
