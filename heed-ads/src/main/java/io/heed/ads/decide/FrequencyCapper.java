package io.heed.ads.decide;

import io.heed.ads.model.Campaign;
import io.heed.ads.model.FrequencyCap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Impressions per (campaign, user) in sliding windows. {@link #reserve} checks every cap and records the impression
 * in one atomic step per user ({@link ConcurrentHashMap#compute} on the user's entry), so on one node a cap holds
 * exactly even when many requests for the same user race. Only impression times are kept, in memory, for the
 * longest window.
 *
 * <p>Keyed by user, then campaign: a profile showed a (campaign, user) record key hashing so many pairs alike that
 * lookups walked long bins and took most of a decision; a user's own map is small and its id's hash is cached.
 */
public final class FrequencyCapper {
    private final ConcurrentHashMap<String, UserHistory> shown = new ConcurrentHashMap<>();

    /**
     * One user's impression times per campaign: an immutable map replaced on every write (writes run inside
     * {@code compute} on the user's entry, so they are serialised), read without a lock. The read path runs for
     * every candidate, and a lock per candidate fenced the loop's memory loads.
     */
    static final class UserHistory {
        volatile Map<String, long[]> byCampaign = Map.of();

        long[] get(String campaignId) {
            return byCampaign.get(campaignId);
        }

        void put(String campaignId, long[] times) {
            HashMap<String, long[]> next = new HashMap<>(byCampaign);
            next.put(campaignId, times);
            byCampaign = next;
        }
    }

    /** Whether one more impression now would keep every cap (a read; {@link #reserve} decides). */
    boolean allows(Campaign c, String userId, long now) {
        return userId == null || allows(c, history(userId), now);
    }

    /** The user's history as of now (null when none or no user): look it up once per request, not per candidate. */
    UserHistory history(String userId) {
        return userId == null ? null : shown.get(userId);
    }

    /** As {@link #allows(Campaign, String, long)} with the user's {@link #history}. */
    static boolean allows(Campaign c, UserHistory h, long now) {
        if (h == null || c.frequencyCaps().isEmpty()) {
            return true;
        }
        long[] times = h.get(c.id());
        return times == null || fits(c, times, now);
    }

    /** Records one impression if every cap allows it; false (and nothing recorded) otherwise. */
    boolean reserve(Campaign c, String userId, long now) {
        if (c.frequencyCaps().isEmpty() || userId == null) {
            return true;
        }
        boolean[] ok = new boolean[1];
        long longest = longestWindow(c);
        shown.compute(userId, (k, h) -> {
            UserHistory u = h == null ? new UserHistory() : h;
            long[] times = u.get(c.id());
            long[] t = times == null ? new long[0] : prune(times, now - longest);
            if (fits(c, t, now)) {
                ok[0] = true;
                t = Arrays.copyOf(t, t.length + 1);
                t[t.length - 1] = now;
            }
            u.put(c.id(), t);
            return u;
        });
        return ok[0];
    }

    /** Impressions of a campaign to a user within {@code windowMillis} before {@code now} (for tests and audits). */
    public int count(String campaignId, String userId, long now, long windowMillis) {
        UserHistory h = shown.get(userId);
        long[] t = h == null ? null : h.get(campaignId);
        return t == null
                ? 0
                : (int) Arrays.stream(t).filter(x -> x > now - windowMillis).count();
    }

    /** Drops impressions older than {@code maxWindowMillis}, and users left with none; keeps memory bounded. */
    public void sweep(long now, long maxWindowMillis) {
        for (String user : shown.keySet()) {
            shown.computeIfPresent(user, (k, u) -> {
                HashMap<String, long[]> kept = new HashMap<>(u.byCampaign);
                kept.values().removeIf(t -> t.length == 0 || t[t.length - 1] <= now - maxWindowMillis);
                u.byCampaign = kept;
                return kept.isEmpty() ? null : u;
            });
        }
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
