package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import java.util.Arrays;

/**
 * The two time-ordered splits of the evaluation harness. Both need interaction times and fail naming the cause
 * when there are none. Test interactions of users left without any training interaction are dropped (those users
 * are cold-start cases, not scored here), so every test user can be scored from training history.
 */
public final class TimeSplits {
    private TimeSplits() {}

    /**
     * Global temporal split: the latest {@code testFraction} of all interactions (by time; ties by CSR position) are
     * test, so the model never sees the future of any user.
     */
    public static HoldoutSplit temporal(Interactions data, double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        long[] t = times(data, "temporal");
        int n = data.nnz();
        long[] order = new long[n];
        for (int p = 0; p < n; p++) {
            order[p] = p;
        }
        Long[] boxed = Arrays.stream(order).boxed().toArray(Long[]::new);
        Arrays.sort(
                boxed,
                (a, b) -> t[a.intValue()] != t[b.intValue()]
                        ? Long.compare(t[a.intValue()], t[b.intValue()])
                        : Long.compare(a, b));
        int nTest = (int) Math.round(testFraction * n);
        boolean[] isTest = new boolean[n];
        for (int q = n - nTest; q < n; q++) {
            isTest[boxed[q].intValue()] = true;
        }
        return dropColdTestUsers(data, isTest);
    }

    /** Leave-last-out: each user's latest interaction (ties: the last in CSR order) is test; users with one keep it. */
    public static HoldoutSplit leaveLastOut(Interactions data) {
        long[] t = times(data, "leave-last-out");
        boolean[] isTest = new boolean[data.nnz()];
        for (int u = 0; u < data.numUsers(); u++) {
            if (data.rowLength(u) < 2) {
                continue;
            }
            int last = data.rowStart(u);
            for (int p = data.rowStart(u) + 1; p < data.rowEnd(u); p++) {
                if (t[p] >= t[last]) {
                    last = p;
                }
            }
            isTest[last] = true;
        }
        return HoldoutSplit.fromMask(data, isTest);
    }

    private static long[] times(Interactions data, String split) {
        if (data.nnz() == 0) {
            throw new IllegalArgumentException("no interactions to split");
        }
        long[] t = data.timeValues();
        if (t == null) {
            throw new IllegalArgumentException("the " + split + " split needs interaction times, and this data has"
                    + " none (use the random per-user holdout)");
        }
        return t;
    }

    private static HoldoutSplit dropColdTestUsers(Interactions data, boolean[] isTest) {
        boolean[] dropped = new boolean[isTest.length];
        for (int u = 0; u < data.numUsers(); u++) {
            boolean anyTrain = false;
            for (int p = data.rowStart(u); p < data.rowEnd(u) && !anyTrain; p++) {
                anyTrain = !isTest[p];
            }
            if (!anyTrain) {
                for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                    dropped[p] = true;
                }
            }
        }
        return HoldoutSplit.fromMask(data, isTest, dropped);
    }
}
