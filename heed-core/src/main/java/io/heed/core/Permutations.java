package io.heed.core;

import java.util.SplittableRandom;

/** Seeded permutations: the one shuffle that splits, folds and trainers share, so equal seeds give equal orders. */
public final class Permutations {
    private Permutations() {}

    /** In-place Fisher-Yates shuffle of {@code a}, drawing from {@code rnd} (from the last position down). */
    public static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
