package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.recsys.Interactions;
import io.heed.recsys.Recommendation;
import io.heed.recsys.SeenItems;
import java.util.List;
import org.junit.jupiter.api.Test;

class EaseTest {
    @Test
    void matchesTheClosedFormComputedByHand() {
        // X = [[1,1],[1,0],[0,1]]: G = XᵀX = [[2,1],[1,2]]; with λ = 1, P = (G + I)⁻¹ = 1/8·[[3,−1],[−1,3]];
        // B_ij = −P_ij / P_jj = (1/8)/(3/8) = 1/3 off the diagonal, 0 on it.
        Interactions x = Interactions.builder()
                .add("u1", "a", 1)
                .add("u1", "b", 1)
                .add("u2", "a", 1)
                .add("u3", "b", 1)
                .build();
        EaseModel m = new EaseTrainer(new EaseConfig(1, 10)).fit(x, "tiny");

        assertThat(m.weight(0, 1)).isCloseTo(1f / 3, within(1e-6f));
        assertThat(m.weight(1, 0)).isCloseTo(1f / 3, within(1e-6f));
        assertThat(m.weight(0, 0)).isZero();
        // u2 saw a: score(b) = 1·B_ab = 1/3
        assertThat(m.scorer().score("u2", List.of("b"))[0]).isCloseTo(1f / 3, within(1e-6f));
    }

    @Test
    void foldsInAnyHistoryWithoutRetraining() {
        Interactions x = io.heed.recsys.Synthetic.blocks(60, 30, 3, 5);
        EaseModel m = new EaseTrainer(new EaseConfig(5, 100)).fit(x, "tiny");
        List<Recommendation> recs = m.scorer().recommendForHistory(List.of("i4", "i7", "i10"), 5, SeenItems.EXCLUDE);
        // items of group 1 (index % 3 == 1) dominate
        long inGroup = recs.stream()
                .filter(r -> Integer.parseInt(r.itemId().substring(1)) % 3 == 1)
                .count();
        assertThat(inGroup).isGreaterThanOrEqualTo(4);
    }

    @Test
    void itemsBeyondMaxItemsAreNotRecommended() {
        Interactions x = io.heed.recsys.Synthetic.blocks(60, 30, 3, 5);
        EaseModel m = new EaseTrainer(new EaseConfig(5, 4)).fit(x, "tiny");
        assertThat(m.scorer().recommend("u0", 10, SeenItems.INCLUDE)).hasSizeLessThanOrEqualTo(4);
    }
}
