package io.heed.ads.decide;

import io.heed.ads.model.Campaign;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Even delivery over the day: each campaign takes part in an auction with a throttle probability that a
 * feedback controller adjusts at most once per {@code intervalMillis} of request time. The target is the daily
 * budget times the elapsed fraction of the UTC day; being ahead by {@code tolerance} of the daily budget multiplies
 * the throttle by {@code exp(-gain)}, being behind raises it the same way, within [{@code minThrottle}, 1].
 * Driven by request timestamps, so a simulated day paces exactly like a real one.
 */
public final class Pacer {
    private static final long DAY_MS = 86_400_000L;
    private final BudgetLedger ledger;
    private final long intervalMillis;
    private final double gain;
    private final double tolerance;
    private final double minThrottle;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    public Pacer(BudgetLedger ledger, long intervalMillis, double gain, double tolerance, double minThrottle) {
        if (intervalMillis < 1 || !(gain > 0) || !(tolerance > 0) || !(minThrottle > 0 && minThrottle <= 1)) {
            throw new IllegalArgumentException("invalid pacing parameters");
        }
        this.ledger = ledger;
        this.intervalMillis = intervalMillis;
        this.gain = gain;
        this.tolerance = tolerance;
        this.minThrottle = minThrottle;
    }

    public static Pacer defaults(BudgetLedger ledger) {
        return new Pacer(ledger, 60_000, 0.5, 0.02, 0.001);
    }

    /** The pacing state of a campaign, for the serving snapshot to hold (no map lookup per request). */
    State state(String campaignId) {
        return states.computeIfAbsent(campaignId, k -> new State());
    }

    /** The campaign's current throttle, updating it first when an interval has passed. */
    double throttle(Campaign c, long now) {
        return throttle(state(c.id()), c, null, now);
    }

    /** As above with the campaign's state and spend held by the snapshot ({@code spend} null: look it up). */
    double throttle(State s, Campaign c, BudgetLedger.Spend spend, long now) {
        if (now - s.updatedAt >= intervalMillis && s.updating.compareAndSet(false, true)) {
            try {
                if (now - s.updatedAt >= intervalMillis) {
                    update(
                            c,
                            s,
                            spend == null ? ledger.dailyMicros(c.id(), now) : BudgetLedger.dailyMicros(spend, now),
                            now);
                }
            } finally {
                s.updating.set(false);
            }
        }
        return s.throttle;
    }

    private void update(Campaign c, State s, double spent, long now) {
        double daily = c.dailyBudget() * 1_000_000;
        double elapsed = Math.floorMod(now, DAY_MS) / (double) DAY_MS;
        double target = daily * elapsed;
        double error = (spent - target) / (daily * tolerance);
        s.throttle =
                Math.max(minThrottle, Math.min(1, s.throttle * Math.exp(-gain * Math.max(-4, Math.min(4, error)))));
        s.updatedAt = now;
    }

    static final class State {
        volatile double throttle = 1;
        volatile long updatedAt = Long.MIN_VALUE / 2;
        final java.util.concurrent.atomic.AtomicBoolean updating = new java.util.concurrent.atomic.AtomicBoolean();
    }
}
