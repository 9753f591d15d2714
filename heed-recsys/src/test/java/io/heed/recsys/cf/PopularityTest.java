package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecScorer;
import io.heed.recsys.Recommendation;
import io.heed.recsys.SeenItems;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopularityTest {
    private final Interactions data = Interactions.builder()
            .add("u1", "a", 1)
            .add("u2", "a", 1)
            .add("u3", "a", 1)
            .add("u1", "b", 1)
            .add("u2", "b", 1)
            .add("u3", "c", 1)
            .build();

    @Test
    void ranksByInteractionCountAndExcludesSeenItems() {
        RecScorer s = new PopularityTrainer(PopularityConfig.counts()).fit(data).scorer();

        assertThat(s.recommend("nobody", 3, SeenItems.EXCLUDE))
                .extracting(Recommendation::itemId)
                .containsExactly("a", "b", "c");
        assertThat(s.recommend("u1", 3, SeenItems.EXCLUDE))
                .extracting(Recommendation::itemId)
                .containsExactly("c");
        assertThat(s.recommend("u1", 2, SeenItems.INCLUDE))
                .extracting(Recommendation::itemId)
                .containsExactly("a", "b");
        assertThat(s.score("u1", List.of("c", "zzz", "a"))).containsExactly(1f, Float.NaN, 3f);
    }

    @Test
    void timeDecayFavoursRecentInteractions() {
        long day = 86_400;
        Interactions timed = Interactions.builder()
                .add("u1", "old", 1, 0)
                .add("u2", "old", 1, 0)
                .add("u3", "new", 1, 100 * day)
                .build();
        RecModel counts = new PopularityTrainer(PopularityConfig.counts()).fit(timed);
        RecModel decayed = new PopularityTrainer(new PopularityConfig(7)).fit(timed);

        assertThat(counts.scorer().recommend("x", 1, SeenItems.EXCLUDE).get(0).itemId())
                .isEqualTo("old");
        assertThat(decayed.scorer().recommend("x", 1, SeenItems.EXCLUDE).get(0).itemId())
                .isEqualTo("new");
    }

    @Test
    void timeDecayWithoutTimestampsSaysSo() {
        assertThatThrownBy(() -> new PopularityTrainer(new PopularityConfig(7)).fit(data))
                .hasMessageContaining("timestamps");
    }
}
