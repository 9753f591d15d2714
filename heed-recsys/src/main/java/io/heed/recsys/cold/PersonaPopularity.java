package io.heed.recsys.cold;

import io.heed.recsys.IdMap;
import io.heed.recsys.Interactions;
import io.heed.recsys.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Item popularity per persona: the summed interaction weight of each item among the users of one persona. A new
 * user assigned to persona p (from profile features alone) gets p's most popular items; a persona with no
 * interactions, or an unknown persona (−1), gets the overall popularity.
 */
public final class PersonaPopularity {
    private final IdMap items;
    private final float[][] byPersona;
    private final float[] overall;

    private PersonaPopularity(IdMap items, float[][] byPersona, float[] overall) {
        this.items = items;
        this.byPersona = byPersona;
        this.overall = overall;
    }

    /**
     * @param personaOf persona index (0 .. personas−1) of training users; users missing from the map count only
     *     towards the overall popularity
     */
    public static PersonaPopularity fit(Interactions data, Map<String, Integer> personaOf, int personas) {
        if (personas < 1) {
            throw new IllegalArgumentException("personas must be >= 1, got " + personas);
        }
        if (data.nnz() == 0) {
            throw new IllegalArgumentException("cannot fit persona popularity on empty interactions");
        }
        int ni = data.numItems();
        float[][] by = new float[personas][ni];
        float[] all = new float[ni];
        int[] idx = data.itemIndices();
        float[] w = data.weightValues();
        for (int u = 0; u < data.numUsers(); u++) {
            Integer p = personaOf.get(data.users().id(u));
            if (p != null && (p < 0 || p >= personas)) {
                throw new IllegalArgumentException(
                        "user " + data.users().id(u) + " has persona " + p + ", outside 0.." + (personas - 1));
            }
            for (int q = data.rowStart(u); q < data.rowEnd(u); q++) {
                all[idx[q]] += w[q];
                if (p != null) {
                    by[p][idx[q]] += w[q];
                }
            }
        }
        return new PersonaPopularity(data.items(), by, all);
    }

    /** Scores of every item (dense index) for persona {@code persona}; −1 or an empty persona: overall popularity. */
    public float[] scores(int persona) {
        if (persona < 0 || persona >= byPersona.length) {
            return overall.clone();
        }
        float[] s = byPersona[persona];
        for (float v : s) {
            if (v > 0) {
                return s.clone();
            }
        }
        return overall.clone();
    }

    /** The {@code n} most popular item ids of the persona (only items with any interaction). */
    public List<String> recommend(int persona, int n) {
        float[] s = scores(persona);
        for (int i = 0; i < s.length; i++) {
            if (s[i] <= 0) {
                s[i] = Float.NEGATIVE_INFINITY;
            }
        }
        int[] top = new int[Math.min(n, s.length)];
        int k = TopK.select(s, top.length, top);
        List<String> out = new ArrayList<>(k);
        for (int r = 0; r < k; r++) {
            out.add(items.id(top[r]));
        }
        return out;
    }

    public int personas() {
        return byPersona.length;
    }
}
