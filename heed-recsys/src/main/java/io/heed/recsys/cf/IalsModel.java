package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** User and item factor matrices (row-major floats); score = x_u · y_i. Folds in new users by an exact k×k solve. */
public final class IalsModel extends RecModel {
    public static final String ALGORITHM = "ials";
    private final int k;
    private final float regularization;
    private final float alpha;
    private final float[] userFactors;
    private final float[] itemFactors;
    private volatile float[] gram;

    IalsModel(
            Interactions training,
            ModelProvenance provenance,
            int k,
            float regularization,
            float alpha,
            float[] userFactors,
            float[] itemFactors) {
        super(training, provenance);
        this.k = k;
        this.regularization = regularization;
        this.alpha = alpha;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
    }

    public int factors() {
        return k;
    }

    @Override
    public void scoreUser(int user, float[] out) {
        scoreVector(userFactors, user * k, out);
    }

    @Override
    public int recommendUser(int user, int n, int[] exclude, int exFrom, int exTo, int[] outItems, float[] outScores) {
        return FactorTopN.select(
                this,
                userFactors,
                user * k,
                itemFactors,
                k,
                items().size(),
                exclude,
                exFrom,
                exTo,
                Math.min(n, items().size()),
                outItems,
                outScores);
    }

    private void scoreVector(float[] x, int xo, float[] out) {
        int n = items().size();
        for (int i = 0; i < n; i++) {
            out[i] = Vec.dot(x, xo, itemFactors, i * k, k);
        }
    }

    /** Fold-in: solves (YᵀY + λI + Σ (c−1) y yᵀ) x = Σ c y exactly (Cholesky in double) for the history. */
    @Override
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        if (items.length == 0) {
            scorePopularity(out);
            return;
        }
        float[] g = gram;
        if (g == null) {
            g = Vec.gram(itemFactors, items().size(), k, regularization);
            gram = g;
        }
        double[] a = new double[k * k];
        for (int j = 0; j < k * k; j++) {
            a[j] = g[j];
        }
        double[] b = new double[k];
        for (int q = 0; q < items.length; q++) {
            int yo = items[q] * k;
            double cm1 = alpha * weights[q];
            for (int r = 0; r < k; r++) {
                double yr = itemFactors[yo + r];
                b[r] += (1 + cm1) * yr;
                for (int c = 0; c < k; c++) {
                    a[r * k + c] += cm1 * yr * itemFactors[yo + c];
                }
            }
        }
        double[] x = Cholesky.solve(a, b, k);
        float[] xf = new float[k];
        for (int f = 0; f < k; f++) {
            xf[f] = (float) x[f];
        }
        scoreVector(xf, 0, out);
    }

    @Override
    public IalsModel withProvenance(ModelProvenance provenance) {
        return new IalsModel(training(), provenance, k, regularization, alpha, userFactors, itemFactors);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(k);
        out.writeFloat(regularization);
        out.writeFloat(alpha);
        ArrayIo.writeFloats(out, userFactors);
        ArrayIo.writeFloats(out, itemFactors);
    }

    public static IalsModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        int k = in.readInt();
        float reg = in.readFloat();
        float alpha = in.readFloat();
        return new IalsModel(training, p, k, reg, alpha, ArrayIo.readFloats(in), ArrayIo.readFloats(in));
    }
}
