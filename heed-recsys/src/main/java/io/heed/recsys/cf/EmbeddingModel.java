package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The trained embedding model: score(u, i) = (p_u + c_u) · q_i + b_i, where c_u is the attention context over
 * u's most recent training items. A history-only user (fold-in) has p = 0 and is scored from c alone, so new
 * events change recommendations without retraining.
 */
public final class EmbeddingModel extends RecModel {
    public static final String ALGORITHM = "embedding";
    private final int d;
    private final int historyLength;
    private final float[] userEmb;
    private final float[] inputEmb;
    private final float[] outputEmb;
    private final float[] itemBias;
    private final float[] attention;

    EmbeddingModel(
            Interactions training,
            ModelProvenance provenance,
            int d,
            int historyLength,
            float[] userEmb,
            float[] inputEmb,
            float[] outputEmb,
            float[] itemBias,
            float[] attention) {
        super(training, provenance);
        this.d = d;
        this.historyLength = historyLength;
        this.userEmb = userEmb;
        this.inputEmb = inputEmb;
        this.outputEmb = outputEmb;
        this.itemBias = itemBias;
        this.attention = attention;
    }

    @Override
    public void scoreUser(int user, float[] out) {
        int[] hist = RecentItems.of(training(), user, historyLength, -1);
        float[] h = context(hist, hist.length);
        Vec.axpy(1f, userEmb, user * d, h, 0, d);
        scoreAll(h, out);
    }

    @Override
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        int n = Math.min(items.length, historyLength);
        int[] hist = new int[n];
        System.arraycopy(items, items.length - n, hist, 0, n); // the most recent, callers list oldest first
        scoreAll(context(hist, n), out);
    }

    private float[] context(int[] hist, int n) {
        float[] c = new float[d];
        AttentionLayer.forward(hist, n, inputEmb, attention, d, new float[Math.max(1, n)], c);
        return c;
    }

    private void scoreAll(float[] h, float[] out) {
        int n = items().size();
        for (int i = 0; i < n; i++) {
            out[i] = itemBias[i] + Vec.dot(h, 0, outputEmb, i * d, d);
        }
    }

    @Override
    public EmbeddingModel withProvenance(ModelProvenance provenance) {
        return new EmbeddingModel(
                training(), provenance, d, historyLength, userEmb, inputEmb, outputEmb, itemBias, attention);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(d);
        out.writeInt(historyLength);
        ArrayIo.writeFloats(out, userEmb);
        ArrayIo.writeFloats(out, inputEmb);
        ArrayIo.writeFloats(out, outputEmb);
        ArrayIo.writeFloats(out, itemBias);
        ArrayIo.writeFloats(out, attention);
    }

    public static EmbeddingModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        int d = in.readInt();
        int len = in.readInt();
        return new EmbeddingModel(
                training,
                p,
                d,
                len,
                ArrayIo.readFloats(in),
                ArrayIo.readFloats(in),
                ArrayIo.readFloats(in),
                ArrayIo.readFloats(in),
                ArrayIo.readFloats(in));
    }
}
