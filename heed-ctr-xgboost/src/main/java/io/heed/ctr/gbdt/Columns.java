package io.heed.ctr.gbdt;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.features.FeatureVector;
import java.util.Arrays;

/**
 * The hashed slots seen in training, as dense XGBoost columns (sorted slot → its rank). XGBoost's cost grows with
 * the column count, and 2^bits mostly empty columns made training minutes instead of seconds. A slot never seen
 * in training has no column: it is simply absent (missing) for the trees, which never split on it anyway.
 */
final class Columns {
    private final int[] slots;

    Columns(int[] sortedSlots) {
        this.slots = sortedSlots;
    }

    static Columns of(CtrExamples data) {
        int[] s = data.indices().clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return new Columns(Arrays.copyOf(s, n));
    }

    int count() {
        return slots.length;
    }

    int[] slots() {
        return slots;
    }

    /** The column of {@code slot}, or −1. */
    int column(int slot) {
        int c = Arrays.binarySearch(slots, slot);
        return c >= 0 ? c : -1;
    }

    /** {@code x}'s slots as columns (−1 for unseen). */
    int[] columns(FeatureVector x) {
        int[] c = new int[x.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = column(x.index()[k]);
        }
        return c;
    }
}
