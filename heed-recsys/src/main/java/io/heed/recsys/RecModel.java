package io.heed.recsys;

import io.heed.core.artifact.ModelProvenance;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;

/**
 * An immutable trained recommendation artifact. Every model keeps its training interactions (to exclude seen
 * items and to score known users), a count-based popularity vector (the cold-start fallback) and its
 * {@link ModelProvenance}. Subclasses add their parameters and the scoring kernels on dense indices.
 */
public abstract class RecModel {
    private final Interactions training;
    private final float[] popularity;
    private final ModelProvenance provenance;

    protected RecModel(Interactions training, ModelProvenance provenance) {
        this.training = Objects.requireNonNull(training, "training");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.popularity = new float[training.numItems()];
        float[] w = training.weightValues();
        int[] idx = training.itemIndices();
        for (int p = 0; p < idx.length; p++) {
            popularity[idx[p]] += w[p];
        }
    }

    public final Interactions training() {
        return training;
    }

    public final IdMap users() {
        return training.users();
    }

    public final IdMap items() {
        return training.items();
    }

    public final ModelProvenance provenance() {
        return provenance;
    }

    public final String algorithm() {
        return provenance.algorithm();
    }

    /** Fills {@code out[item]} (length = number of items) with the popularity fallback scores. */
    public final void scorePopularity(float[] out) {
        System.arraycopy(popularity, 0, out, 0, popularity.length);
    }

    /** Scores for a user the model has never seen (cold start): the popularity fallback unless a model knows better. */
    public void scoreColdStart(float[] out) {
        scorePopularity(out);
    }

    /** True when the item had at least one training interaction (only those can be recommended). */
    public final boolean isTrained(int item) {
        return popularity[item] != 0f;
    }

    /** Fills {@code out[item]} with the score of every item for known user {@code user} (dense index). */
    public abstract void scoreUser(int user, float[] out);

    /**
     * The {@code n} best recommendable items for known user {@code user}, skipping the ascending item indices
     * {@code exclude[exFrom, exTo)}: indices and scores go to {@code outItems}/{@code outScores} (length ≥ n), best
     * first, ties to the lower index; returns how many. Factor models override this with an allocation-free pass.
     */
    public int recommendUser(int user, int n, int[] exclude, int exFrom, int exTo, int[] outItems, float[] outScores) {
        float[] scores = new float[items().size()];
        scoreUser(user, scores);
        for (int p = exFrom; p < exTo; p++) {
            scores[exclude[p]] = Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < scores.length; i++) {
            if (!isTrained(i)) {
                scores[i] = Float.NEGATIVE_INFINITY;
            }
        }
        int m = TopK.select(scores, Math.min(n, scores.length), outItems);
        for (int r = 0; r < m; r++) {
            outScores[r] = scores[outItems[r]];
        }
        return m;
    }

    /**
     * Scores every item for a user given only an interaction history (dense item indices, weights): the
     * fold-in path for new or updated users, no retraining. Models that cannot fold in fall back to popularity.
     */
    public void scoreHistory(int[] items, float[] weights, float[] out) {
        scorePopularity(out);
    }

    /** The same model with another provenance (e.g. with evaluation metrics added). */
    public abstract RecModel withProvenance(ModelProvenance provenance);

    /** Writes the algorithm-specific parameters; {@link ModelFiles} writes the rest. */
    protected abstract void writePayload(DataOutputStream out) throws IOException;

    public RecScorer scorer() {
        return new RecScorer(this);
    }
}
