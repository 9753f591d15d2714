package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    // ranked list 10, 20, 30, 40, 50; relevant {20, 50, 99}
    private final int[] ranked = {10, 20, 30, 40, 50};
    private final int[] test = {20, 50, 99};

    @Test
    void recallDividesHitsByMinOfKAndTestSize() {
        assertThat(RankingMetrics.recall(ranked, 5, test, 5)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recall(ranked, 5, test, 2)).isCloseTo(1.0 / 2, within(1e-12));
    }

    @Test
    void ndcgUsesBinaryGainsAndTheIdealOfMinKTestHits() {
        double dcg = 1 / log2(3) + 1 / log2(6);
        double idcg = 1 + 1 / log2(3) + 1 / log2(4);
        assertThat(RankingMetrics.ndcg(ranked, 5, test, 5)).isCloseTo(dcg / idcg, within(1e-12));
        // K = 2: one hit at rank 2, ideal = two hits
        assertThat(RankingMetrics.ndcg(ranked, 5, test, 2)).isCloseTo((1 / log2(3)) / (1 + 1 / log2(3)), within(1e-12));
    }

    @Test
    void averagePrecisionAndReciprocalRank() {
        // hits at ranks 2 and 5: precisions 1/2 and 2/5, divided by min(5, 3) = 3
        assertThat(RankingMetrics.averagePrecision(ranked, 5, test, 5)).isCloseTo((0.5 + 0.4) / 3, within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(ranked, 5, test, 5)).isEqualTo(0.5);
        assertThat(RankingMetrics.reciprocalRank(ranked, 5, test, 1)).isZero();
    }

    @Test
    void aShortListCountsOnlyWhatIsThere() {
        assertThat(RankingMetrics.hits(ranked, 1, test, 10)).isZero();
        assertThat(RankingMetrics.recall(ranked, 2, test, 10)).isCloseTo(1.0 / 3, within(1e-12));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
