package io.heed.ctr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.CtrExamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtrMetricsTest {

    @Test
    void aucCountsOrderedPairsWithHalfCreditForTies() {
        double[] p = {0.1, 0.4, 0.35, 0.8, 0.4};
        float[] y = {0, 0, 1, 1, 1};
        // pairs (pos, neg): (0.35,0.1)=1 (0.35,0.4)=0 (0.8,*)=1+1 (0.4,0.1)=1 (0.4,0.4)=0.5 → 4.5 / 6
        assertThat(CtrMetrics.auc(p, y)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void logLossNormalisedEntropyAndEce() {
        double[] p = {0.25, 0.25, 0.25, 0.25};
        float[] y = {1, 0, 0, 0};
        double h = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
        assertThat(CtrMetrics.logLoss(p, y)).isCloseTo(h, within(1e-12));
        assertThat(CtrMetrics.normalizedEntropy(p, y)).isCloseTo(1.0, within(1e-12));
        assertThat(CtrMetrics.ece(p, y, 10)).isCloseTo(0.0, within(1e-12));
        assertThat(CtrMetrics.ece(new double[] {0.9, 0.9}, new float[] {0, 1}, 10))
                .isCloseTo(0.4, within(1e-12));
    }

    @Test
    void reliabilityBinsHoldCountsMeansAndRates() {
        List<ReliabilityBin> bins =
                ReliabilityBin.of(new double[] {0.05, 0.07, 0.95, 1.0}, new float[] {0, 1, 1, 1}, 10);
        assertThat(bins).hasSize(2);
        assertThat(bins.get(0).count()).isEqualTo(2);
        assertThat(bins.get(0).meanPrediction()).isCloseTo(0.06, within(1e-12));
        assertThat(bins.get(0).observedRate()).isCloseTo(0.5, within(1e-12));
        assertThat(bins.get(1).count()).isEqualTo(2);
        assertThat(ReliabilityBin.plot(bins)).contains("[0.90,1.00)");
    }

    @Test
    void badInputsAreNamed() {
        assertThatThrownBy(() -> CtrMetrics.logLoss(new double[] {0.5, Double.NaN}, new float[] {0, 1}))
                .hasMessageContaining("prediction 1");
        assertThatThrownBy(() -> CtrMetrics.auc(new double[] {0.5, 0.2}, new float[] {1, 1}))
                .hasMessageContaining("both classes");
        assertThatThrownBy(() -> CtrMetrics.auc(new double[] {0.5}, new float[] {2}))
                .hasMessageContaining("label 0");
    }

    @Test
    void timeSplitTrainsOnThePastOnly() {
        CtrExamples.Builder b = new CtrExamples.Builder();
        long[] times = {50, 10, 40, 20, 30};
        for (long t : times) {
            b.add(new int[] {(int) t}, new float[] {1}, 0, t);
        }
        Splits.Split s = Splits.byTime(b.build(), 0.4);
        assertThat(s.train().size()).isEqualTo(3);
        for (int i = 0; i < s.train().size(); i++) {
            for (int j = 0; j < s.test().size(); j++) {
                assertThat(s.train().time(i)).isLessThan(s.test().time(j));
            }
        }
        Splits.Split r1 = Splits.random(b.build(), 0.4, 42);
        Splits.Split r2 = Splits.random(b.build(), 0.4, 42);
        assertThat(r1.test().time(0)).isEqualTo(r2.test().time(0));
    }
}
