package io.heed.ads.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The tracking state of each served ad (decision, position): when its impression, click and conversion were first
 * recorded. {@link #record} applies the fraud rules atomically per ad and counts every outcome by reason. State
 * older than the URL lifetime is swept, as such URLs can no longer verify.
 */
public final class TrackingLedger {
    private final TrackingPolicy policy;
    private final ConcurrentHashMap<String, long[]> seen = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    public TrackingLedger(TrackingPolicy policy) {
        this.policy = policy;
    }

    /** Applies the rules to a verified token received at {@code now}. */
    public TrackOutcome record(TrackingToken t, long now) {
        TrackOutcome[] out = new TrackOutcome[1];
        seen.compute(t.decisionId() + '#' + t.position(), (k, times) -> {
            long[] s = times == null ? new long[] {-1, -1, -1, now} : times;
            int i = t.kind().ordinal();
            if (s[i] >= 0) {
                out[0] = now - s[i] <= policy.duplicateWindowMillis()
                        ? TrackOutcome.duplicate(t)
                        : TrackOutcome.rejected("replayed", t);
            } else if (t.kind() == TrackKind.CLICK && s[0] < 0) {
                out[0] = TrackOutcome.rejected("no_impression", t);
            } else if (t.kind() == TrackKind.CLICK && now - s[0] < policy.minClickDelayMillis()) {
                out[0] = TrackOutcome.rejected("too_fast", t);
            } else if (t.kind() == TrackKind.CONVERSION && s[1] < 0) {
                out[0] = TrackOutcome.rejected("no_click", t);
            } else {
                s[i] = now;
                out[0] = TrackOutcome.accepted(t);
            }
            return s;
        });
        count(out[0]);
        return out[0];
    }

    /** The event id a tracked hit is stored under: {@code ad-<kind>-<decision>-<position>}. */
    public static String eventId(TrackKind kind, String decisionId, int position) {
        return "ad-" + kind.wire() + "-" + decisionId + "-" + position;
    }

    /**
     * Restores a hit recorded before a restart, from its stored event id ({@link #eventId}) and time, so that its
     * URL replayed now is refused as it would have been (a replayed click must not be charged twice). False when
     * the id is not a tracking one.
     */
    public boolean restore(String eventId, long atMillis) {
        if (!eventId.startsWith("ad-")) {
            return false;
        }
        int kindEnd = eventId.indexOf('-', 3);
        int positionStart = eventId.lastIndexOf('-') + 1;
        TrackKind kind = kindEnd < 0 ? null : TrackKind.fromWire(eventId.substring(3, kindEnd));
        if (kind == null || positionStart <= kindEnd + 1) {
            return false;
        }
        String position = eventId.substring(positionStart);
        if (position.isEmpty() || !position.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String key = eventId.substring(kindEnd + 1, positionStart - 1) + '#' + position;
        seen.compute(key, (k, times) -> {
            long[] t = times == null ? new long[] {-1, -1, -1, atMillis} : times;
            int i = kind.ordinal();
            t[i] = t[i] < 0 ? atMillis : Math.min(t[i], atMillis);
            t[3] = Math.min(t[3], atMillis);
            return t;
        });
        return true;
    }

    /** Counts an outcome decided elsewhere (forged, expired, malformed URLs). */
    public void count(TrackOutcome o) {
        String key = o.verdict() == TrackOutcome.Verdict.ACCEPTED
                ? "accepted_" + o.token().kind().wire()
                : o.reason();
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Outcome counts by reason ({@code accepted_click}, {@code duplicate}, {@code too_fast}, ...). */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> m.put(e.getKey(), e.getValue().sum()));
        return m;
    }

    /** Forgets ads first tracked more than the URL lifetime before {@code now}. */
    public void sweep(long now) {
        seen.entrySet().removeIf(e -> e.getValue()[3] < now - policy.ttlMillis());
    }
}
