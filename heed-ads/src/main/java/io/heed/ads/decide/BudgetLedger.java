package io.heed.ads.decide;

import io.heed.ads.model.Campaign;
import io.heed.ads.port.SpendHistory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Money spent per campaign, in micro-units, against its total and daily (UTC day) budgets. A charge is reserved
 * atomically before an ad is served: it succeeds only if both budgets still hold it, so concurrent requests can
 * never spend a budget twice. Clicks and conversions (CPC, CPA) are charged at most what is left: a budget is
 * never exceeded, and what could not be billed is counted.
 */
public final class BudgetLedger {
    private static final long DAY_MS = 86_400_000L;
    private final ConcurrentHashMap<String, Spend> spend = new ConcurrentHashMap<>();

    /** Starts from spend already recorded (after a restart). */
    public void restore(Map<String, SpendHistory.Spent> history, long dayStartMillis) {
        history.forEach((id, s) -> {
            Spend x = spendOf(id);
            synchronized (x) {
                x.total = s.totalMicros();
                x.day = Math.floorDiv(dayStartMillis, DAY_MS);
                x.daily = s.todayMicros();
            }
        });
    }

    static long micros(double amount) {
        return Math.round(amount * 1_000_000);
    }

    /** The spend record of a campaign, for the serving snapshot to hold (no map lookup per request). */
    Spend handle(String campaignId) {
        return spendOf(campaignId);
    }

    /** Whether less than {@code minMicros} is left today or in total (cheap, lock-free read; may be stale). */
    static boolean exhausted(Spend s, Campaign c, long nowMillis, long minMicros) {
        return exhausted(s, micros(c.totalBudget()), micros(c.dailyBudget()), nowMillis, minMicros);
    }

    /** As above with the budgets already in micro-units (the serving loop keeps them in arrays). */
    static boolean exhausted(Spend s, long totalBudgetMicros, long dailyBudgetMicros, long nowMillis, long minMicros) {
        long day = Math.floorDiv(nowMillis, DAY_MS);
        long daily = s.day == day ? s.daily : 0;
        return s.total + minMicros > totalBudgetMicros || daily + minMicros > dailyBudgetMicros;
    }

    /** Reserves the whole charge or nothing. */
    boolean reserve(Campaign c, long micros, long nowMillis) {
        Spend s = spendOf(c.id());
        synchronized (s) {
            s.roll(Math.floorDiv(nowMillis, DAY_MS));
            if (s.total + micros > micros(c.totalBudget()) || s.daily + micros > micros(c.dailyBudget())) {
                return false;
            }
            s.total += micros;
            s.daily += micros;
            return true;
        }
    }

    /** Charges up to {@code micros}, never beyond a budget; returns what was charged. */
    public long chargeUpTo(Campaign c, long micros, long nowMillis) {
        Spend s = spendOf(c.id());
        synchronized (s) {
            s.roll(Math.floorDiv(nowMillis, DAY_MS));
            long room = Math.min(micros(c.totalBudget()) - s.total, micros(c.dailyBudget()) - s.daily);
            long charged = Math.max(0, Math.min(room, micros));
            s.total += charged;
            s.daily += charged;
            return charged;
        }
    }

    /** Total spend so far in micro-units. */
    public long totalMicros(String campaignId) {
        Spend s = spend.get(campaignId);
        return s == null ? 0 : s.total;
    }

    /** Spend within the UTC day of {@code nowMillis}, in micro-units. */
    public long dailyMicros(String campaignId, long nowMillis) {
        Spend s = spend.get(campaignId);
        return s == null ? 0 : dailyMicros(s, nowMillis);
    }

    static long dailyMicros(Spend s, long nowMillis) {
        return s.day != Math.floorDiv(nowMillis, DAY_MS) ? 0 : s.daily;
    }

    private Spend spendOf(String id) {
        return spend.computeIfAbsent(id, k -> new Spend());
    }

    /** Mutated only under its own monitor; fields volatile for the lock-free {@link #exhausted} read. */
    static final class Spend {
        volatile long total;
        volatile long daily;
        volatile long day = Long.MIN_VALUE;

        void roll(long today) {
            if (day != today) {
                day = today;
                daily = 0;
            }
        }
    }
}
