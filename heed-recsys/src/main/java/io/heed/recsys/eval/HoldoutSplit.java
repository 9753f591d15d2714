package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import java.util.Random;

/**
 * The peer-bench split: one {@code java.util.Random(seed)} walks users in dense-index order (order of first
 * appearance), Fisher-Yates shuffles each user's ascending item list, and the first
 * {@code max(1, round(fraction·n))} items (none for users with fewer than two) become test. Train and test share
 * the full id maps, so an item seen only in test keeps its index but has no training interactions.
 */
public record HoldoutSplit(Interactions train, Interactions test) {

    public static HoldoutSplit split(Interactions data, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        Random rnd = new Random(seed);
        int nu = data.numUsers();
        boolean[] isTest = new boolean[data.nnz()];
        int[] perm = new int[0];
        for (int u = 0; u < nu; u++) {
            int from = data.rowStart(u);
            int len = data.rowLength(u);
            if (perm.length < len) {
                perm = new int[Math.max(len, perm.length * 2)];
            }
            for (int j = 0; j < len; j++) {
                perm[j] = from + j; // positions, in ascending item order
            }
            for (int k = len - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int tmp = perm[k];
                perm[k] = perm[j];
                perm[j] = tmp;
            }
            int nTest = len < 2 ? 0 : Math.max(1, (int) Math.round(testFraction * len));
            for (int j = 0; j < nTest; j++) {
                isTest[perm[j]] = true;
            }
        }
        return fromMask(data, isTest);
    }

    /** Splits {@code data} by a per-interaction mask (CSR order): true goes to test. */
    static HoldoutSplit fromMask(Interactions data, boolean[] isTest) {
        return fromMask(data, isTest, new boolean[isTest.length]);
    }

    /** As {@link #fromMask(Interactions, boolean[])}, leaving out interactions marked in {@code dropped}. */
    static HoldoutSplit fromMask(Interactions data, boolean[] isTest, boolean[] dropped) {
        return new HoldoutSplit(part(data, isTest, dropped, true), part(data, isTest, dropped, false));
    }

    /** The validation split carved from this split's training part with {@code seed + 1}, as peer-bench does. */
    public HoldoutSplit validation(double testFraction, long seed) {
        return split(train, testFraction, seed + 1);
    }

    private static Interactions part(Interactions data, boolean[] isTest, boolean[] dropped, boolean train) {
        int[] idx = data.itemIndices();
        float[] w = data.weightValues();
        long[] t = data.timeValues();
        int nu = data.numUsers();
        int[] start = new int[nu + 1];
        int n = 0;
        for (int p = 0; p < isTest.length; p++) {
            if (isTest[p] != train && !dropped[p]) {
                n++;
            }
        }
        int[] oi = new int[n];
        float[] ow = new float[n];
        long[] ot = t == null ? null : new long[n];
        int q = 0;
        for (int u = 0; u < nu; u++) {
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                if (isTest[p] != train && !dropped[p]) {
                    oi[q] = idx[p];
                    ow[q] = w[p];
                    if (ot != null) {
                        ot[q] = t[p];
                    }
                    q++;
                }
            }
            start[u + 1] = q;
        }
        return new Interactions(data.users(), data.items(), start, oi, ow, ot);
    }

    @Override
    public String toString() {
        return "HoldoutSplit[train=" + train.nnz() + ", test=" + test.nnz() + "]";
    }
}
