package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.Recommendation;
import io.heed.recsys.SeenItems;
import io.heed.recsys.Synthetic;
import io.heed.recsys.eval.Evaluator;
import io.heed.recsys.eval.HoldoutSplit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Factor models (iALS, BPR) and item-kNN on a planted block matrix. */
class IalsTest {
    private final Interactions planted = Synthetic.blocks(300, 60, 4, 3);
    private final HoldoutSplit split = HoldoutSplit.split(planted, 0.2, 42);

    @Test
    void recoversHeldOutItemsOfAPlantedLowRankMatrixBetterThanPopularity() {
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(split.train());
        RecModel ials = new IalsTrainer(new IalsConfig(8, 10, 1, 5, 3, 2, 42)).fit(split.train());
        RecModel knn = new ItemKnnTrainer(new ItemKnnConfig(20, 1)).fit(split.train());

        double popNdcg = Evaluator.evaluate(pop, split).ndcg10();
        double ialsNdcg = Evaluator.evaluate(ials, split).ndcg10();
        double knnNdcg = Evaluator.evaluate(knn, split).ndcg10();

        assertThat(ialsNdcg).isGreaterThan(popNdcg + 0.1);
        assertThat(knnNdcg).isGreaterThan(popNdcg + 0.1);
    }

    @Test
    void bprAlsoBeatsPopularityOnThePlantedMatrixAndIsReproducibleWithOneThread() {
        BprConfig c = new BprConfig(8, 60, 0.05, 0.01, 1, 42);
        RecModel bpr = new BprTrainer(c).fit(split.train());
        RecModel again = new BprTrainer(c).fit(split.train());
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(split.train());

        assertThat(Evaluator.evaluate(bpr, split).ndcg10())
                .isGreaterThan(Evaluator.evaluate(pop, split).ndcg10() + 0.1);
        List<String> items = planted.items().ids();
        assertThat(bpr.scorer().score("u3", items))
                .containsExactly(again.scorer().score("u3", items));
    }

    @Test
    void sameSeedAndThreadCountGiveTheSameModel() {
        IalsConfig c = new IalsConfig(8, 3, 1, 5, 3, 2, 9);
        RecModel a = new IalsTrainer(c).fit(split.train());
        RecModel b = new IalsTrainer(c).fit(split.train());
        List<String> items = planted.items().ids();
        assertThat(a.scorer().score("u5", items)).containsExactly(b.scorer().score("u5", items));
    }

    @Test
    void foldInRecommendsFromTheHistorysGroupAndUnknownUsersGetPopularity() {
        RecModel ials = new IalsTrainer(new IalsConfig(8, 10, 1, 5, 3, 2, 42)).fit(planted);
        List<Recommendation> recs =
                ials.scorer().recommendForHistory(List.of("i5", "i9", "i13", "i17"), 5, SeenItems.EXCLUDE);
        long inGroup = recs.stream()
                .filter(r -> Integer.parseInt(r.itemId().substring(1)) % 4 == 1)
                .count();
        assertThat(inGroup).isGreaterThanOrEqualTo(4);

        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(planted);
        assertThat(ials.scorer().recommend("stranger", 5, SeenItems.EXCLUDE))
                .isEqualTo(pop.scorer().recommend("stranger", 5, SeenItems.EXCLUDE));
    }

    @Test
    void singleThreadAndExactShortRowsStillLearn() {
        // very short rows on the item side take the exact (Woodbury) path; one thread must work too
        RecModel ials = new IalsTrainer(new IalsConfig(8, 10, 1, 5, 3, 1, 42)).fit(split.train());
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(split.train());
        assertThat(Evaluator.evaluate(ials, split).ndcg10())
                .isGreaterThan(Evaluator.evaluate(pop, split).ndcg10());
    }

    @Test
    void floatConjugateGradientReachesTheExactCholeskySolutionAtConvergence() {
        // k CG steps solve a k×k system exactly in exact arithmetic; after enough sweeps (60 were not: 1% apart) the
        // factors stop moving, so a user's trained scores must match the exact (double, Cholesky) fold-in of the same
        // history to float accuracy
        Interactions data = Synthetic.blocks(80, 40, 4, 9);
        IalsModel m = new IalsTrainer(new IalsConfig(8, 300, 2, 3, 8, 2, 5)).fit(data, "blocks");
        float[] trained = new float[40];
        float[] exact = new float[40];
        for (int u = 0; u < 80; u += 7) {
            m.scoreUser(u, trained);
            int from = data.rowStart(u);
            int to = data.rowEnd(u);
            m.scoreHistory(
                    java.util.Arrays.copyOfRange(data.itemIndices(), from, to),
                    java.util.Arrays.copyOfRange(data.weightValues(), from, to),
                    exact);
            for (int i = 0; i < 40; i++) {
                assertThat(trained[i])
                        .as("user %d item %d", u, i)
                        .isCloseTo(exact[i], org.assertj.core.data.Offset.offset(2e-3f));
            }
        }
    }
}
