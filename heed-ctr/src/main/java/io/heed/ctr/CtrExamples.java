package io.heed.ctr;

import io.heed.ctr.features.FeatureVector;
import java.util.Arrays;

/**
 * Encoded labelled examples in CSR form (row starts, slot indices, values), with labels in {0, 1} and a time per
 * row (epoch milliseconds, or the row number when the source has no clock). Immutable once built.
 */
public final class CtrExamples {
    private final int[] starts;
    private final int[] index;
    private final float[] value;
    private final float[] labels;
    private final long[] times;

    CtrExamples(int[] starts, int[] index, float[] value, float[] labels, long[] times) {
        this.starts = starts;
        this.index = index;
        this.value = value;
        this.labels = labels;
        this.times = times;
    }

    public int size() {
        return labels.length;
    }

    public int start(int row) {
        return starts[row];
    }

    public int end(int row) {
        return starts[row + 1];
    }

    /** Shared slot index array (read only). */
    public int[] indices() {
        return index;
    }

    /** Shared value array (read only). */
    public float[] values() {
        return value;
    }

    public float label(int row) {
        return labels[row];
    }

    public float[] labels() {
        return labels.clone();
    }

    public long time(int row) {
        return times[row];
    }

    public double positiveRate() {
        double s = 0;
        for (float y : labels) {
            s += y;
        }
        return labels.length == 0 ? 0 : s / labels.length;
    }

    /** The rows {@code rows}, in that order. */
    public CtrExamples subset(int[] rows) {
        Builder b = new Builder();
        for (int r : rows) {
            b.add(
                    Arrays.copyOfRange(index, starts[r], starts[r + 1]),
                    Arrays.copyOfRange(value, starts[r], starts[r + 1]),
                    labels[r],
                    times[r]);
        }
        return b.build();
    }

    /** Rows [from, to). */
    public CtrExamples range(int from, int to) {
        int[] rows = new int[to - from];
        Arrays.setAll(rows, k -> from + k);
        return subset(rows);
    }

    /** Accumulates rows; labels must be 0 or 1. */
    public static final class Builder {
        private int[] starts = new int[1025];
        private int[] index = new int[16384];
        private float[] value = new float[16384];
        private float[] labels = new float[1024];
        private long[] times = new long[1024];
        private int rows;
        private int nnz;

        public Builder add(FeatureVector x, float label, long time) {
            return add(x.index(), x.value(), label, time);
        }

        public Builder add(int[] idx, float[] val, float label, long time) {
            if (label != 0f && label != 1f) {
                throw new IllegalArgumentException("label must be 0 or 1, was " + label);
            }
            if (rows + 1 >= labels.length) {
                labels = Arrays.copyOf(labels, labels.length * 2);
                times = Arrays.copyOf(times, times.length * 2);
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            if (nnz + idx.length > index.length) {
                int cap = Math.max(index.length * 2, nnz + idx.length);
                index = Arrays.copyOf(index, cap);
                value = Arrays.copyOf(value, cap);
            }
            System.arraycopy(idx, 0, index, nnz, idx.length);
            System.arraycopy(val, 0, value, nnz, val.length);
            nnz += idx.length;
            labels[rows] = label;
            times[rows] = time;
            rows++;
            starts[rows] = nnz;
            return this;
        }

        public int size() {
            return rows;
        }

        public CtrExamples build() {
            return new CtrExamples(
                    Arrays.copyOf(starts, rows + 1),
                    Arrays.copyOf(index, nnz),
                    Arrays.copyOf(value, nnz),
                    Arrays.copyOf(labels, rows),
                    Arrays.copyOf(times, rows));
        }
    }
}
