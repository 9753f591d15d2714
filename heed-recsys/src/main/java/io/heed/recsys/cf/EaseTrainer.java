package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * EASE closed form: G = XᵀX + λI, P = G⁻¹, B = I − P·diag(1/diag P) with a zero diagonal; scores are x_u·B.
 * The Gram matrix is accumulated per user on a flat double array; the SPD inverse is EJML's (blocked Cholesky).
 */
public final class EaseTrainer implements RecTrainer {
    private final EaseConfig config;

    public EaseTrainer(EaseConfig config) {
        this.config = config;
    }

    @Override
    public String algorithm() {
        return EaseModel.ALGORITHM;
    }

    @Override
    public EaseModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        int[] counts = data.itemCounts();
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        int n = 0;
        while (n < order.length && n < config.maxItems() && counts[order[n]] > 0) {
            n++;
        }
        int[] full = new int[n];
        for (int s = 0; s < n; s++) {
            full[s] = order[s];
        }
        Arrays.sort(full); // keep item order stable: sub index follows the dense item index
        int[] sub = new int[data.numItems()];
        Arrays.fill(sub, -1);
        for (int s = 0; s < n; s++) {
            sub[full[s]] = s;
        }
        double[] g = new double[n * n];
        int[] idx = data.itemIndices();
        float[] w = data.weightValues();
        int[] rs = new int[64];
        float[] rw = new float[64];
        for (int u = 0; u < data.numUsers(); u++) {
            int m = 0;
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                int s = sub[idx[p]];
                if (s >= 0) {
                    if (m == rs.length) {
                        rs = Arrays.copyOf(rs, m * 2);
                        rw = Arrays.copyOf(rw, m * 2);
                    }
                    rs[m] = s;
                    rw[m++] = w[p];
                }
            }
            for (int a = 0; a < m; a++) {
                int row = rs[a] * n;
                double wa = rw[a];
                for (int b = 0; b < m; b++) {
                    g[row + rs[b]] += wa * rw[b];
                }
            }
        }
        for (int s = 0; s < n; s++) {
            g[s * n + s] += config.lambda();
        }
        DMatrixRMaj p = new DMatrixRMaj(n, n);
        if (!CommonOps_DDRM.invertSPD(DMatrixRMaj.wrap(n, n, g), p)) {
            throw new IllegalStateException("EASE: Gram matrix + lambda·I is not positive definite; raise lambda");
        }
        double[] pd = p.data;
        float[] b = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i * n + j] = i == j ? 0f : (float) (-pd[i * n + j] / pd[j * n + j]);
            }
        }
        return new EaseModel(data, ModelFiles.provenance(algorithm(), dataDescription, 0, config.params()), full, b);
    }
}
