package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** BPR factors and item biases; score = b_i + x_u · y_i. History-only users fall back to popularity. */
public final class BprModel extends RecModel {
    public static final String ALGORITHM = "bpr";
    private final int k;
    private final float[] userFactors;
    private final float[] itemFactors;
    private final float[] itemBias;

    BprModel(
            Interactions training,
            ModelProvenance provenance,
            int k,
            float[] userFactors,
            float[] itemFactors,
            float[] itemBias) {
        super(training, provenance);
        this.k = k;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.itemBias = itemBias;
    }

    @Override
    public void scoreUser(int user, float[] out) {
        int n = items().size();
        for (int i = 0; i < n; i++) {
            out[i] = itemBias[i] + Vec.dot(userFactors, user * k, itemFactors, i * k, k);
        }
    }

    @Override
    public BprModel withProvenance(ModelProvenance provenance) {
        return new BprModel(training(), provenance, k, userFactors, itemFactors, itemBias);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(k);
        ArrayIo.writeFloats(out, userFactors);
        ArrayIo.writeFloats(out, itemFactors);
        ArrayIo.writeFloats(out, itemBias);
    }

    public static BprModel read(DataInputStream in, Interactions training, ModelProvenance p) throws IOException {
        int k = in.readInt();
        return new BprModel(training, p, k, ArrayIo.readFloats(in), ArrayIo.readFloats(in), ArrayIo.readFloats(in));
    }
}
