package io.heed.recsys.cold;

import io.heed.recsys.RecModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores an item with no interactions for a known user: the similarity-weighted mean of the model's scores for the
 * item's {@code k} nearest trained content neighbours. The new item thus inherits the user's affinity for items
 * like it, and ranks among trained items on the model's own scale.
 */
public final class NewItemScorer {
    private final RecModel model;
    private final ContentSimilarity content;
    private final int k;
    /** Neighbours per new item (dense indices, similarities): content does not change per user, so found once. */
    private final Map<String, double[][]> neighbours = new ConcurrentHashMap<>();

    public NewItemScorer(RecModel model, ContentSimilarity content, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        this.model = model;
        this.content = content;
        this.k = k;
    }

    /** Scores of {@code newItems} for {@code userId}; an item without content or trained neighbours scores 0. */
    public float[] score(String userId, List<String> newItems) {
        int u = model.users().indexOf(userId);
        float[] all = new float[model.items().size()];
        if (u >= 0) {
            model.scoreUser(u, all);
        } else {
            model.scoreColdStart(all);
        }
        float[] out = new float[newItems.size()];
        for (int j = 0; j < out.length; j++) {
            if (!content.knows(newItems.get(j))) {
                continue; // no content either: nothing to go on, score 0
            }
            double[][] nb = neighbours.computeIfAbsent(newItems.get(j), this::trainedNeighbours);
            double num = 0;
            double den = 0;
            for (int m = 0; m < nb[0].length; m++) {
                num += nb[1][m] * all[(int) nb[0][m]];
                den += nb[1][m];
            }
            out[j] = den == 0 ? 0f : (float) (num / den);
        }
        return out;
    }

    private double[][] trainedNeighbours(String item) {
        List<ContentSimilarity.Neighbour> nb = content.neighbours(item, k, id -> {
            int i = model.items().indexOf(id);
            return i >= 0 && model.isTrained(i);
        });
        double[][] out = new double[2][nb.size()];
        for (int m = 0; m < nb.size(); m++) {
            out[0][m] = model.items().indexOf(nb.get(m).itemId());
            out[1][m] = nb.get(m).similarity();
        }
        return out;
    }
}
