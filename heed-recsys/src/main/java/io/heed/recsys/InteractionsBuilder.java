package io.heed.recsys;

import java.util.Arrays;

/**
 * Collects (user, item, weight[, time]) triples and builds {@link Interactions}. Ids get dense indices in order of
 * first appearance; duplicate (user, item) pairs are collapsed by {@link Duplicates}. Rejects non-finite weights
 * at once, naming the offending pair.
 */
public final class InteractionsBuilder {
    /** How repeated (user, item) pairs combine. */
    public enum Duplicates {
        /** Weights add up; the latest time is kept. */
        SUM,
        /** The largest weight and the latest time are kept (binary data stays binary). */
        MAX
    }

    private final IdMap users;
    private final IdMap items;
    private Duplicates duplicates = Duplicates.SUM;
    private int n;
    private int[] us = new int[1024];
    private int[] is = new int[1024];
    private float[] ws = new float[1024];
    private long[] ts;

    public InteractionsBuilder() {
        this(new IdMap(), new IdMap());
    }

    /** A builder that extends existing id maps (they are shared, not copied). */
    public InteractionsBuilder(IdMap users, IdMap items) {
        this.users = users;
        this.items = items;
    }

    public InteractionsBuilder duplicates(Duplicates d) {
        this.duplicates = d;
        return this;
    }

    public InteractionsBuilder add(String user, String item, double weight) {
        return add(users.add(user), items.add(item), weight, Long.MIN_VALUE);
    }

    public InteractionsBuilder add(String user, String item, double weight, long epochSeconds) {
        return add(users.add(user), items.add(item), weight, epochSeconds);
    }

    private InteractionsBuilder add(int u, int i, double weight, long time) {
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("interaction weight must be finite, got " + weight + " for user "
                    + users.id(u) + " and item " + items.id(i));
        }
        if (n == us.length) {
            us = Arrays.copyOf(us, n * 2);
            is = Arrays.copyOf(is, n * 2);
            ws = Arrays.copyOf(ws, n * 2);
            if (ts != null) {
                ts = Arrays.copyOf(ts, n * 2);
            }
        }
        if (time != Long.MIN_VALUE && ts == null) {
            ts = new long[us.length];
            Arrays.fill(ts, 0, n, Long.MIN_VALUE);
        }
        us[n] = u;
        is[n] = i;
        ws[n] = (float) weight;
        if (ts != null) {
            ts[n] = time;
        }
        n++;
        return this;
    }

    public Interactions build() {
        int nu = users.size();
        int[] start = new int[nu + 1];
        for (int k = 0; k < n; k++) {
            start[us[k] + 1]++;
        }
        for (int u = 0; u < nu; u++) {
            start[u + 1] += start[u];
        }
        // Row-major bucket by user keeping insertion order, then sort each row by (item, insertion position).
        int[] fill = Arrays.copyOf(start, nu);
        int[] pos = new int[n];
        for (int k = 0; k < n; k++) {
            pos[fill[us[k]]++] = k;
        }
        int[] outItems = new int[n];
        float[] outW = new float[n];
        long[] outT = ts == null ? null : new long[n];
        int[] outStart = new int[nu + 1];
        int q = 0;
        long[] keys = new long[16];
        for (int u = 0; u < nu; u++) {
            int len = start[u + 1] - start[u];
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int j = 0; j < len; j++) {
                int k = pos[start[u] + j];
                keys[j] = ((long) is[k] << 32) | k;
            }
            Arrays.sort(keys, 0, len);
            int rowBegin = q;
            for (int j = 0; j < len; j++) {
                int k = (int) keys[j];
                int item = (int) (keys[j] >>> 32);
                if (q > rowBegin && outItems[q - 1] == item) {
                    outW[q - 1] = duplicates == Duplicates.SUM ? outW[q - 1] + ws[k] : Math.max(outW[q - 1], ws[k]);
                    if (outT != null) {
                        outT[q - 1] = Math.max(outT[q - 1], ts[k]);
                    }
                } else {
                    outItems[q] = item;
                    outW[q] = ws[k];
                    if (outT != null) {
                        outT[q] = ts[k];
                    }
                    q++;
                }
            }
            outStart[u + 1] = q;
        }
        return new Interactions(
                users,
                items,
                outStart,
                Arrays.copyOf(outItems, q),
                Arrays.copyOf(outW, q),
                outT == null ? null : Arrays.copyOf(outT, q));
    }
}
