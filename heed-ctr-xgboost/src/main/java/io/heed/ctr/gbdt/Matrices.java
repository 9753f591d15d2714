package io.heed.ctr.gbdt;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.features.FeatureVector;
import java.util.Arrays;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Hashed feature rows → XGBoost CSR matrices over {@link Columns}. Slots repeated within a row are summed, because
 * XGBoost expects each column at most once per row; slots without a column are left out (missing).
 */
final class Matrices {
    private Matrices() {}

    static DMatrix of(CtrExamples data, Columns cols, boolean withLabels) throws XGBoostError {
        long[] heads = new long[data.size() + 1];
        int[] idx = new int[data.indices().length];
        float[] val = new float[idx.length];
        int nnz = 0;
        for (int r = 0; r < data.size(); r++) {
            nnz = appendRow(data.indices(), data.values(), data.start(r), data.end(r), cols, idx, val, nnz);
            heads[r + 1] = nnz;
        }
        DMatrix m = new DMatrix(
                heads, Arrays.copyOf(idx, nnz), Arrays.copyOf(val, nnz), DMatrix.SparseType.CSR, cols.count());
        if (withLabels) {
            m.setLabel(data.labels());
        }
        return m;
    }

    static DMatrix of(FeatureVector x, Columns cols) throws XGBoostError {
        int[] idx = new int[x.size()];
        float[] val = new float[x.size()];
        int nnz = appendRow(x.index(), x.value(), 0, x.size(), cols, idx, val, 0);
        return new DMatrix(
                new long[] {0, nnz},
                Arrays.copyOf(idx, nnz),
                Arrays.copyOf(val, nnz),
                DMatrix.SparseType.CSR,
                cols.count());
    }

    /** Appends one row sorted by column with duplicates summed; returns the new fill. */
    private static int appendRow(
            int[] srcIdx, float[] srcVal, int from, int to, Columns cols, int[] idx, float[] val, int nnz) {
        int start = nnz;
        for (int p = from; p < to; p++) {
            int c = cols.column(srcIdx[p]);
            if (c < 0) {
                continue;
            }
            int q = start;
            while (q < nnz && idx[q] < c) {
                q++;
            }
            if (q < nnz && idx[q] == c) {
                val[q] += srcVal[p];
                continue;
            }
            System.arraycopy(idx, q, idx, q + 1, nnz - q);
            System.arraycopy(val, q, val, q + 1, nnz - q);
            idx[q] = c;
            val[q] = srcVal[p];
            nnz++;
        }
        return nnz;
    }
}
