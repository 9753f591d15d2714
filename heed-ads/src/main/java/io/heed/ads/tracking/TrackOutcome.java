package io.heed.ads.tracking;

/**
 * What happened to one tracking hit: accepted (counted, charged, stored), a duplicate (ignored), or rejected with
 * a reason: {@code forged}, {@code expired}, {@code malformed}, {@code replayed}, {@code no_impression},
 * {@code too_fast}, {@code no_click}, {@code kind_mismatch}.
 */
public record TrackOutcome(Verdict verdict, String reason, TrackingToken token) {
    public enum Verdict {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    static TrackOutcome accepted(TrackingToken t) {
        return new TrackOutcome(Verdict.ACCEPTED, null, t);
    }

    static TrackOutcome duplicate(TrackingToken t) {
        return new TrackOutcome(Verdict.DUPLICATE, "duplicate", t);
    }

    public static TrackOutcome rejected(String reason, TrackingToken t) {
        return new TrackOutcome(Verdict.REJECTED, reason, t);
    }
}
