package io.heed.ads.decide;

import io.heed.ads.model.Campaign;
import io.heed.ads.model.FrequencyCap;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Impressions per (campaign, user) in sliding windows. {@link #reserve} checks every cap and records the impression
 * in one atomic step per key ({@link ConcurrentHashMap#compute}), so on one node a cap holds exactly even when many
 * requests for the same user race. Only impression times are kept, in memory, for the longest window.
 */
public final class FrequencyCapper {
    private final ConcurrentHashMap<Key, long[]> shown = new ConcurrentHashMap<>();

    private record Key(String campaignId, String userId) {
    }

    /** Whether one more impression now would keep every cap (a read; {@link #reserve} decides). */
    boolean allows(Campaign c, String userId, long now) {
        if (c.frequencyCaps().isEmpty() || userId == null) {
            return true;
        }
        long[] times = shown.get(new Key(c.id(), userId));
        return times == null || fits(c, times, now);
    }

    /** Records one impression if every cap allows it; false (and nothing recorded) otherwise. */
    boolean reserve(Campaign c, String userId, long now) {
        if (c.frequencyCaps().isEmpty() || userId == null) {
            return true;
        }
        boolean[] ok = new boolean[1];
        long longest = longestWindow(c);
        shown.compute(new Key(c.id(), userId), (k, times) -> {
            long[] t = times == null ? new long[0] : prune(times, now - longest);
            if (!fits(c, t, now)) {
                return t;
            }
            ok[0] = true;
            long[] next = Arrays.copyOf(t, t.length + 1);
            next[t.length] = now;
            return next;
        });
        return ok[0];
    }

    /** Impressions of a campaign to a user within {@code windowMillis} before {@code now} (for tests and audits). */
    public int count(String campaignId, String userId, long now, long windowMillis) {
        long[] t = shown.get(new Key(campaignId, userId));
        return t == null ? 0 : (int) Arrays.stream(t).filter(x -> x > now - windowMillis).count();
    }

    /** Drops users whose impressions are all older than {@code maxWindowMillis}; keeps memory bounded. */
    public void sweep(long now, long maxWindowMillis) {
        shown.entrySet().removeIf(e -> e.getValue().length == 0
                || e.getValue()[e.getValue().length - 1] <= now - maxWindowMillis);
    }

    private static boolean fits(Campaign c, long[] times, long now) {
        for (FrequencyCap cap : c.frequencyCaps()) {
            long from = now - cap.window().toMillis();
            int n = 0;
            for (long t : times) {
                if (t > from) {
                    n++;
                }
            }
            if (n >= cap.maxImpressions()) {
                return false;
            }
        }
        return true;
    }

    private static long[] prune(long[] times, long olderThan) {
        int keep = 0;
        while (keep < times.length && times[keep] <= olderThan) {
            keep++;
        }
        return keep == 0 ? times : Arrays.copyOfRange(times, keep, times.length);
    }

    private static long longestWindow(Campaign c) {
        long m = 0;
        for (FrequencyCap cap : c.frequencyCaps()) {
            m = Math.max(m, cap.window().toMillis());
        }
        return m;
    }
}
