package io.heed.recsys;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable user × item interaction matrix in compressed sparse row (CSR) form: for user {@code u} the item
 * indices {@code items[rowStart[u] .. rowStart[u+1])} (ascending, no duplicates), their weights and optional
 * timestamps (epoch seconds). Ids map to dense indices in order of first appearance. Item indices may exist
 * without any interaction (e.g. the training half of a split shares the full id spaces).
 */
public final class Interactions {
    private final IdMap users;
    private final IdMap items;
    private final int[] rowStart;
    private final int[] itemIdx;
    private final float[] weights;
    private final long[] times;
    private volatile Interactions transposed;

    /** Wraps CSR arrays (not copied: callers hand over ownership). Validates shape, ordering and weights. */
    public Interactions(IdMap users, IdMap items, int[] rowStart, int[] itemIdx, float[] weights, long[] times) {
        this.users = Objects.requireNonNull(users, "users");
        this.items = Objects.requireNonNull(items, "items");
        this.rowStart = Objects.requireNonNull(rowStart, "rowStart");
        this.itemIdx = Objects.requireNonNull(itemIdx, "itemIdx");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.times = times;
        if (rowStart.length != users.size() + 1
                || rowStart[0] != 0
                || rowStart[users.size()] != itemIdx.length
                || weights.length != itemIdx.length
                || (times != null && times.length != itemIdx.length)) {
            throw new IllegalArgumentException("inconsistent CSR arrays");
        }
        for (int u = 0; u < users.size(); u++) {
            for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                if (p > rowStart[u] && itemIdx[p] <= itemIdx[p - 1]) {
                    throw new IllegalArgumentException("CSR row " + u + " is not strictly ascending");
                }
                if (itemIdx[p] < 0 || itemIdx[p] >= items.size()) {
                    throw new IllegalArgumentException("item index out of range in row " + u);
                }
                if (!Float.isFinite(weights[p])) {
                    throw new IllegalArgumentException("non-finite weight for user " + users.id(u));
                }
            }
        }
    }

    public static InteractionsBuilder builder() {
        return new InteractionsBuilder();
    }

    public IdMap users() {
        return users;
    }

    public IdMap items() {
        return items;
    }

    public int numUsers() {
        return users.size();
    }

    public int numItems() {
        return items.size();
    }

    public int nnz() {
        return itemIdx.length;
    }

    public int rowStart(int user) {
        return rowStart[user];
    }

    public int rowEnd(int user) {
        return rowStart[user + 1];
    }

    public int rowLength(int user) {
        return rowStart[user + 1] - rowStart[user];
    }

    /** Raw arrays for hot loops; callers must not modify them. */
    public int[] rowStarts() {
        return rowStart;
    }

    public int[] itemIndices() {
        return itemIdx;
    }

    public float[] weightValues() {
        return weights;
    }

    /** Timestamps (epoch seconds) parallel to {@link #itemIndices()}, or null when the data had none. */
    public long[] timeValues() {
        return times;
    }

    /** A copy of one user's item indices (ascending). */
    public int[] row(int user) {
        return Arrays.copyOfRange(itemIdx, rowStart[user], rowStart[user + 1]);
    }

    /** Interactions per item (count of non-zeros in each column). */
    public int[] itemCounts() {
        int[] c = new int[items.size()];
        for (int i : itemIdx) {
            c[i]++;
        }
        return c;
    }

    /**
     * The item × user transpose (rows = items, columns = users), computed once. Its id maps are swapped, so
     * {@code transpose().users()} are the items.
     */
    public Interactions transpose() {
        Interactions t = transposed;
        if (t == null) {
            int[] start = new int[items.size() + 1];
            for (int i : itemIdx) {
                start[i + 1]++;
            }
            for (int i = 0; i < items.size(); i++) {
                start[i + 1] += start[i];
            }
            int[] fill = Arrays.copyOf(start, items.size());
            int[] cols = new int[itemIdx.length];
            float[] w = new float[itemIdx.length];
            long[] ts = times == null ? null : new long[itemIdx.length];
            for (int u = 0; u < users.size(); u++) { // users ascending, so every item row comes out ascending
                for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                    int q = fill[itemIdx[p]]++;
                    cols[q] = u;
                    w[q] = weights[p];
                    if (ts != null) {
                        ts[q] = times[p];
                    }
                }
            }
            t = new Interactions(items, users, start, cols, w, ts);
            transposed = t;
        }
        return t;
    }

    /** A one-line description for provenance: sizes and a content hash. */
    public String describe() {
        long h = 1125899906842597L;
        for (int u = 0; u < users.size(); u++) {
            h = 31 * h + users.id(u).hashCode();
            for (int p = rowStart[u]; p < rowStart[u + 1]; p++) {
                h = 31 * h + items.id(itemIdx[p]).hashCode();
                h = 31 * h + Float.floatToIntBits(weights[p]);
            }
        }
        return "users=" + numUsers() + " items=" + numItems() + " interactions=" + nnz() + " hash="
                + Long.toHexString(h);
    }
}
