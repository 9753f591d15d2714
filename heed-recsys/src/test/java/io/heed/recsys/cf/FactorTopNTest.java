package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.recsys.IdMap;
import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.Recommendation;
import io.heed.recsys.SeenItems;
import io.heed.recsys.Synthetic;
import io.heed.recsys.TopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fused serving path gives exactly what dense scoring + exclusion + {@link TopK} gives. */
class FactorTopNTest {

    @Test
    void matchesDenseScoringAndTopKForEveryUserSizeAndExclusionMode() {
        Interactions data = Synthetic.blocks(120, 40, 4, 9);
        RecModel ials = new IalsTrainer(new IalsConfig(8, 3, 1, 5, 3, 1, 42)).fit(data);
        for (int u = 0; u < data.numUsers(); u++) {
            for (int n : new int[] {0, 1, 3, 10, 40, 55}) {
                for (SeenItems seen : SeenItems.values()) {
                    String user = data.users().id(u);
                    assertThat(ials.scorer().recommend(user, n, seen))
                            .as("user %s n %d %s", user, n, seen)
                            .isEqualTo(reference(ials, u, n, seen == SeenItems.EXCLUDE));
                }
            }
        }
    }

    @Test
    void breaksTiesTowardsTheLowerIndexAndSkipsUntrainedAndNanItems() {
        // 8 items, one user who saw i1; i6 has no interactions (untrained); i7's factors are NaN.
        int[] idx = {1, 0, 2, 3, 4, 5, 7};
        Interactions data = new Interactions(
                IdMap.of(List.of("u0", "u1", "u2")),
                IdMap.of(List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7")),
                new int[] {0, 1, 3, 7},
                idx,
                new float[] {1, 1, 1, 1, 1, 1, 1},
                null);
        float[] y = {
            1, 0, // i0: score 1
            5, 0, // i1: seen by u0
            2, 0, // i2: 2
            1, 0, // i3: 1 (ties i0)
            2, 0, // i4: 2 (ties i2)
            3, 0, // i5: 3
            9, 0, // i6: untrained
            Float.NaN, 0
        }; // i7: NaN
        float[] x = {1, 0, 1, 0, 1, 0};
        IalsModel model = new IalsModel(data, ModelFiles.provenance("ials", "hand-made", 1, Map.of()), 2, 1, 1, x, y);
        assertThat(ids(model.scorer().recommend("u0", 4, SeenItems.EXCLUDE))).containsExactly("i5", "i2", "i4", "i0");
        assertThat(ids(model.scorer().recommend("u0", 10, SeenItems.INCLUDE)))
                .containsExactly("i1", "i5", "i2", "i4", "i0", "i3");
        for (int n = 0; n <= 9; n++) {
            assertThat(model.scorer().recommend("u0", n, SeenItems.EXCLUDE)).isEqualTo(reference(model, 0, n, true));
        }
    }

    private static List<String> ids(List<Recommendation> recs) {
        return recs.stream().map(Recommendation::itemId).toList();
    }

    /** The previous implementation: a dense score array, seen and untrained items at −∞, then TopK. */
    private static List<Recommendation> reference(RecModel model, int u, int n, boolean exclude) {
        float[] scores = new float[model.items().size()];
        model.scoreUser(u, scores);
        Interactions t = model.training();
        if (exclude) {
            for (int p = t.rowStart(u); p < t.rowEnd(u); p++) {
                scores[t.itemIndices()[p]] = Float.NEGATIVE_INFINITY;
            }
        }
        for (int i = 0; i < scores.length; i++) {
            if (!model.isTrained(i)) {
                scores[i] = Float.NEGATIVE_INFINITY;
            }
        }
        int[] best = new int[Math.min(n, scores.length)];
        int m = TopK.select(scores, best.length, best);
        List<Recommendation> out = new ArrayList<>();
        for (int r = 0; r < m; r++) {
            out.add(new Recommendation(model.items().id(best[r]), scores[best[r]]));
        }
        return out;
    }
}
