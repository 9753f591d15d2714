package io.heed.recsys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Serving-time view of a {@link RecModel}: scores and recommendations by external id. Thread-safe (no shared
 * mutable state). Unknown users get the popularity ranking (cold start), never an error; unknown items score NaN.
 */
public final class RecScorer {
    private final RecModel model;

    public RecScorer(RecModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public RecModel model() {
        return model;
    }

    /** Scores of {@code itemIds} for {@code userId}, in the given order; NaN for items the model does not know. */
    public float[] score(String userId, List<String> itemIds) {
        float[] all = scoresFor(userId);
        float[] out = new float[itemIds.size()];
        for (int k = 0; k < out.length; k++) {
            int i = model.items().indexOf(itemIds.get(k));
            out[k] = i < 0 ? Float.NaN : all[i];
        }
        return out;
    }

    /** The {@code n} best items for {@code userId}; with {@link SeenItems#EXCLUDE}, minus its training items. */
    public List<Recommendation> recommend(String userId, int n, SeenItems seen) {
        int u = model.users().indexOf(userId);
        if (u < 0) {
            return top(scoresFor(userId), n);
        }
        requireN(n);
        Interactions t = model.training();
        boolean exclude = seen == SeenItems.EXCLUDE;
        int m = Math.min(n, model.items().size());
        int[] best = new int[m];
        float[] bestScores = new float[m];
        int found = model.recommendUser(
                u, m, t.itemIndices(), exclude ? t.rowStart(u) : 0, exclude ? t.rowEnd(u) : 0, best, bestScores);
        List<Recommendation> out = new ArrayList<>(found);
        for (int r = 0; r < found; r++) {
            out.add(new Recommendation(model.items().id(best[r]), bestScores[r]));
        }
        return out;
    }

    private static void requireN(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
    }

    /**
     * Fold-in: the {@code n} best items for a user known only by an interaction history (weight 1 each),
     * without retraining. Items the model does not know are ignored.
     */
    public List<Recommendation> recommendForHistory(List<String> history, int n, SeenItems seen) {
        int[] idx = history.stream()
                .mapToInt(model.items()::indexOf)
                .filter(i -> i >= 0)
                .sorted()
                .distinct()
                .toArray();
        float[] w = new float[idx.length];
        Arrays.fill(w, 1f);
        float[] scores = new float[model.items().size()];
        model.scoreHistory(idx, w, scores);
        if (seen == SeenItems.EXCLUDE) {
            for (int i : idx) {
                scores[i] = Float.NEGATIVE_INFINITY;
            }
        }
        return top(scores, n);
    }

    private float[] scoresFor(String userId) {
        float[] scores = new float[model.items().size()];
        int u = model.users().indexOf(userId);
        if (u < 0) {
            model.scoreColdStart(scores);
        } else {
            model.scoreUser(u, scores);
        }
        return scores;
    }

    private List<Recommendation> top(float[] scores, int n) {
        requireN(n);
        for (int i = 0; i < scores.length; i++) {
            if (!model.isTrained(i)) {
                scores[i] = Float.NEGATIVE_INFINITY;
            }
        }
        int[] best = new int[Math.min(n, scores.length)];
        int m = TopK.select(scores, best.length, best);
        List<Recommendation> out = new ArrayList<>(m);
        for (int r = 0; r < m; r++) {
            out.add(new Recommendation(model.items().id(best[r]), scores[best[r]]));
        }
        return out;
    }
}
