package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.Recommendation;
import io.heed.recsys.SeenItems;
import io.heed.recsys.Synthetic;
import io.heed.recsys.eval.Evaluator;
import io.heed.recsys.eval.HoldoutSplit;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attention embedding model on a planted block matrix. */
class EmbeddingTest {
    private final Interactions planted = Synthetic.blocks(300, 60, 4, 3);
    private final HoldoutSplit split = HoldoutSplit.split(planted, 0.2, 42);
    private final EmbeddingConfig config = new EmbeddingConfig(16, 8, 0.01, 1e-5, 4, 10, 42);

    @Test
    void beatsPopularityOnThePlantedMatrixAndIsReproducible() {
        RecModel emb = new EmbeddingTrainer(config).fit(split.train());
        RecModel again = new EmbeddingTrainer(config).fit(split.train());
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(split.train());
        assertThat(Evaluator.evaluate(emb, split).ndcg10())
                .isGreaterThan(Evaluator.evaluate(pop, split).ndcg10() + 0.1);
        List<String> items = planted.items().ids();
        assertThat(emb.scorer().score("u7", items))
                .containsExactly(again.scorer().score("u7", items));
    }

    @Test
    void foldInFromAHistoryAloneRecommendsTheHistorysGroup() {
        RecModel emb = new EmbeddingTrainer(config).fit(planted);
        List<String> history = List.of("i6", "i10", "i14", "i18", "i22");
        long inGroup = groupTwo(emb.scorer().recommendForHistory(history, 5, SeenItems.EXCLUDE));
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(planted);
        long popInGroup = groupTwo(pop.scorer().recommendForHistory(history, 5, SeenItems.EXCLUDE));
        assertThat(inGroup).isGreaterThanOrEqualTo(3).isGreaterThan(popInGroup);
    }

    private static long groupTwo(List<Recommendation> recs) {
        return recs.stream()
                .filter(r -> Integer.parseInt(r.itemId().substring(1)) % 4 == 2)
                .count();
    }

    @Test
    void savesAndLoadsWithTheSameScores(@TempDir Path tmp) throws Exception {
        RecModel emb = new EmbeddingTrainer(config).fit(planted);
        ModelFiles.save(emb, tmp.resolve("m.heed"));
        RecModel back = RecModelReaders.load(tmp.resolve("m.heed"));
        List<String> items = planted.items().ids();
        assertThat(back.scorer().score("u3", items))
                .containsExactly(emb.scorer().score("u3", items));
        assertThat(back.provenance().params()).containsEntry("dim", "16");
    }

    @Test
    void badSettingsAndUnknownParametersAreClearErrors() {
        assertThatThrownBy(() -> new EmbeddingConfig(16, 8, Double.NaN, 0, 4, 10, 1))
                .hasMessageContaining("learningRate");
        assertThatThrownBy(() -> Algorithms.trainer("embedding", Map.of("dimension", 8.0), 1))
                .hasMessageContaining("unknown parameter 'dimension'");
        assertThatThrownBy(() -> Algorithms.trainer("ials", Map.of("factors", 8.5), 1))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> Algorithms.trainer("svd", Map.of(), 1)).hasMessageContaining("unknown model 'svd'");
    }
}
