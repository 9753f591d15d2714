package io.heed.recsys.cf;

import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** One score per item, shared by every user (also what history-only users get). */
public final class PopularityModel extends RecModel {
    public static final String ALGORITHM = "popularity";
    private final float[] scores;

    PopularityModel(Interactions training, ModelProvenance provenance, float[] scores) {
        super(training, provenance);
        this.scores = scores;
    }

    @Override
    public void scoreUser(int user, float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    @Override
    public void scoreColdStart(float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    @Override
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        System.arraycopy(scores, 0, out, 0, scores.length);
    }

    @Override
    public PopularityModel withProvenance(ModelProvenance provenance) {
        return new PopularityModel(training(), provenance, scores);
    }

    @Override
    protected void writePayload(DataOutputStream out) throws IOException {
        ArrayIo.writeFloats(out, scores);
    }

    public static PopularityModel read(DataInputStream in, Interactions training, ModelProvenance p)
            throws IOException {
        return new PopularityModel(training, p, ArrayIo.readFloats(in));
    }
}
