package io.heed.recsys.cold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.Synthetic;
import io.heed.recsys.cf.Algorithms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planted blocks: user u's taste group (its "persona") is u % 4, item i's category is i % 4. */
class ColdStartTest {
    private final Interactions data = Synthetic.blocks(400, 60, 4, 11);

    private Map<String, Integer> personas() {
        Map<String, Integer> m = new HashMap<>();
        for (String u : data.users().ids()) {
            m.put(u, Integer.parseInt(u.substring(1)) % 4);
        }
        return m;
    }

    private List<ItemContent> content() {
        List<ItemContent> c = new ArrayList<>();
        for (String i : data.items().ids()) {
            int g = Integer.parseInt(i.substring(1)) % 4;
            c.add(new ItemContent(i, "cat" + g, List.of("tag" + g, "common"), "a title about topic" + g));
        }
        return c;
    }

    @Test
    void personaPopularityBeatsOverallPopularityForNewUsers() {
        ColdStartEvaluation.Result r = ColdStartEvaluation.newUsers(data, personas(), 4, 0.2, 42);
        assertThat(r.users()).isGreaterThan(40);
        assertThat(r.ndcg10()).isGreaterThan(r.baselineNdcg10() + 0.2);
    }

    @Test
    void contentNeighboursRankNewItemsBetterThanChance() {
        ColdStartEvaluation.Result r = ColdStartEvaluation.newItems(
                data,
                content(),
                Algorithms.trainer("ials", Map.of("factors", 8.0, "regularization", 1.0, "alpha", 5.0), 1),
                0.25,
                5,
                42);
        assertThat(r.ndcg10()).isGreaterThan(r.baselineNdcg10() + 0.15);
    }

    @Test
    void contentSimilarityFavoursTheSameCategoryAndTags() {
        ContentSimilarity s = ContentSimilarity.fit(content());
        assertThat(s.similarity("i1", "i5")).isGreaterThan(s.similarity("i1", "i2"));
        assertThat(s.neighbours("i1", 3, id -> true))
                .allSatisfy(n -> assertThat(Integer.parseInt(n.itemId().substring(1)) % 4)
                        .isEqualTo(1));
        assertThatThrownBy(() -> s.similarity("i1", "nope")).hasMessageContaining("no content for item nope");
    }

    @Test
    void personaPopularityFallsBackAndRejectsBadInput() {
        PersonaPopularity pp = PersonaPopularity.fit(data, personas(), 5); // persona 4 has no users
        assertThat(pp.recommend(4, 3)).isEqualTo(pp.recommend(-1, 3));
        assertThat(pp.recommend(2, 10))
                .filteredOn(i -> Integer.parseInt(i.substring(1)) % 4 == 2)
                .hasSizeGreaterThan(6);
        assertThatThrownBy(() -> PersonaPopularity.fit(data, Map.of("u1", 9), 4))
                .hasMessageContaining("persona 9");
        assertThatThrownBy(() -> ContentSimilarity.fit(List.of())).hasMessageContaining("no item content");
        assertThatThrownBy(() -> ContentSimilarity.fit(
                        List.of(new ItemContent("a", "x", null, null), new ItemContent("a", "y", null, null))))
                .hasMessageContaining("listed twice");
    }
}
