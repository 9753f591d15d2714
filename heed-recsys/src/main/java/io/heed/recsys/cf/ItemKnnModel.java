package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** Each item's neighbours (CSR); score of i for a user = Σ over the user's items j of w_j · sim(j, i) for i near j. */
public final class ItemKnnModel extends RecModel {
    public static final String ALGORITHM = "item-knn";
    private final int[] start;
    private final int[] neighbours;
    private final float[] similarities;

    ItemKnnModel(
            Interactions training, ModelProvenance provenance, int[] start, int[] neighbours, float[] similarities) {
        super(training, provenance);
        this.start = start;
        this.neighbours = neighbours;
        this.similarities = similarities;
    }

    @Override
    public void scoreUser(int user, float[] out) {
        Interactions t = training();
        Arrays.fill(out, 0, t.numItems(), 0f);
        int[] idx = t.itemIndices();
        float[] w = t.weightValues();
        for (int p = t.rowStart(user); p < t.rowEnd(user); p++) {
            add(idx[p], w[p], out);
        }
    }

    @Override
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        Arrays.fill(out, 0, training().numItems(), 0f);
        for (int q = 0; q < items.length; q++) {
            add(items[q], weights[q], out);
        }
    }

    private void add(int j, float wj, float[] out) {
        for (int p = start[j]; p < start[j + 1]; p++) {
            out[neighbours[p]] += wj * similarities[p];
        }
    }

    @Override
    public ItemKnnModel withProvenance(ModelProvenance provenance) {
        return new ItemKnnModel(training(), provenance, start, neighbours, similarities);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        ArrayIo.writeInts(out, start);
        ArrayIo.writeInts(out, neighbours);
        ArrayIo.writeFloats(out, similarities);
    }

    public static ItemKnnModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        return new ItemKnnModel(training, p, ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readFloats(in));
    }
}
