package io.heed.sim;

/**
 * How often each user has recently seen each item and ad: the "seen" input of the fatigue term. Counts decay
 * exponentially with a half-life, so "recently" has one documented meaning. A primitive open-addressing table
 * (keys packed into a long) keeps a million impressions from becoming a million boxed map entries; {@link #prune}
 * drops faded entries so memory follows the last few days, not the whole run.
 */
final class ExposureMemory {
    private static final long EMPTY = -1L;
    private static final float FADED = 0.05f;

    private final double decayPerMinute;
    private long[] keys;
    private float[] counts;
    private int[] minutes;
    private int size;

    ExposureMemory(double halfLifeHours) {
        this.decayPerMinute = Math.log(2) / (halfLifeHours * 60);
        allocate(1 << 12);
    }

    /**
     * Returns the decayed number of earlier exposures of {@code user} to this item or ad at {@code minute} (minutes
     * since the start of the run), then records this exposure.
     */
    double seenThenRecord(int user, boolean ad, int id, int minute) {
        long key = ((long) user << 32) | (ad ? 0x8000_0000L : 0L) | id;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                double seen = decayed(slot, minute);
                counts[slot] = (float) (seen + 1);
                minutes[slot] = Math.max(minute, minutes[slot]);
                return seen;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        counts[slot] = 1;
        minutes[slot] = minute;
        if (++size * 2 > keys.length) {
            rehash(keys.length * 2, Integer.MIN_VALUE);
        }
        return 0;
    }

    /** Forgets exposures whose decayed count at {@code minute} has fallen below {@value #FADED}. */
    void prune(int minute) {
        int capacity = keys.length;
        while (capacity > (1 << 12) && size * 8 < capacity) {
            capacity /= 2;
        }
        rehash(capacity, minute);
    }

    int size() {
        return size;
    }

    private double decayed(int slot, int minute) {
        int age = Math.max(0, minute - minutes[slot]);
        return counts[slot] * Math.exp(-decayPerMinute * age);
    }

    private void rehash(int capacity, int pruneAt) {
        long[] oldKeys = keys;
        float[] oldCounts = counts;
        int[] oldMinutes = minutes;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == EMPTY) {
                continue;
            }
            if (pruneAt != Integer.MIN_VALUE) {
                int age = Math.max(0, pruneAt - oldMinutes[i]);
                if (oldCounts[i] * Math.exp(-decayPerMinute * age) < FADED) {
                    continue;
                }
            }
            int mask = keys.length - 1;
            int slot = mix(oldKeys[i]) & mask;
            while (keys[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[i];
            counts[slot] = oldCounts[i];
            minutes[slot] = oldMinutes[i];
            size++;
        }
        if (size * 2 > keys.length) {
            rehash(keys.length * 2, Integer.MIN_VALUE);
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        java.util.Arrays.fill(keys, EMPTY);
        counts = new float[capacity];
        minutes = new int[capacity];
        size = 0;
    }

    /** Murmur3 finaliser: spreads the packed user/id bits over the table. */
    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb3fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }
}
