package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Dense item-item weights B over a subset of items; score = Σ_{j∈u} w_j B[j,·]. Users need no parameters, so any
 * history folds in exactly. Items outside the subset score −∞ (never recommended by this model).
 */
public final class EaseModel extends RecModel {
    public static final String ALGORITHM = "ease";
    private final int[] fullOfSub;
    private final int[] subOfFull;
    private final float[] b;

    EaseModel(Interactions training, ModelProvenance provenance, int[] fullOfSub, float[] b) {
        super(training, provenance);
        this.fullOfSub = fullOfSub;
        this.b = b;
        this.subOfFull = new int[training.numItems()];
        Arrays.fill(subOfFull, -1);
        for (int s = 0; s < fullOfSub.length; s++) {
            subOfFull[fullOfSub[s]] = s;
        }
        if ((long) fullOfSub.length * fullOfSub.length != b.length) {
            throw new IllegalArgumentException("EASE weight matrix does not match its item subset");
        }
    }

    /** The weight B[i][j] between dense item indices (0 when either is outside the subset). */
    public float weight(int i, int j) {
        int a = subOfFull[i];
        int c = subOfFull[j];
        return a < 0 || c < 0 ? 0f : b[a * fullOfSub.length + c];
    }

    @Override
    public void scoreUser(int user, float[] out) {
        Interactions t = training();
        scoreHistory(
                Arrays.copyOfRange(t.itemIndices(), t.rowStart(user), t.rowEnd(user)),
                Arrays.copyOfRange(t.weightValues(), t.rowStart(user), t.rowEnd(user)),
                out);
    }

    @Override
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        int n = fullOfSub.length;
        float[] acc = new float[n];
        for (int q = 0; q < items.length; q++) {
            int s = subOfFull[items[q]];
            if (s >= 0) {
                Vec.axpy(weights[q], b, s * n, acc, 0, n);
            }
        }
        Arrays.fill(out, 0, subOfFull.length, Float.NEGATIVE_INFINITY);
        for (int s = 0; s < n; s++) {
            out[fullOfSub[s]] = acc[s];
        }
    }

    @Override
    public EaseModel withProvenance(ModelProvenance provenance) {
        return new EaseModel(training(), provenance, fullOfSub, b);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        ArrayIo.writeInts(out, fullOfSub);
        ArrayIo.writeFloats(out, b);
    }

    public static EaseModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        return new EaseModel(training, p, ArrayIo.readInts(in), ArrayIo.readFloats(in));
    }
}
