package io.heed.experiments.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** Quality band: A/A false-positive rates on 1000 seeded tests. */
class AaCalibrationTest {

    @Test
    void fixedHorizonIsCalibratedAndMsprtSurvivesPeeking() {
        AaCalibration.Config config = AaCalibration.Config.defaults();
        BinomialDistribution rejections = BinomialDistribution.of(config.tests(), config.alpha());
        double lo = rejections.inverseCumulativeProbability(0.005) / (double) config.tests();
        double hi = rejections.inverseCumulativeProbability(0.995) / (double) config.tests();
        double halfWidth = (hi - lo) / 2;

        AaCalibration.Outcome outcome = AaCalibration.run(config);
        System.out.println("A/A calibration: " + outcome.figures());

        assertThat(outcome.fprFixed()).isBetween(lo, hi);
        assertThat(outcome.fprSequential()).isLessThanOrEqualTo(config.alpha() + halfWidth);
        assertThat(outcome.fprNaivePeeking()).isGreaterThan(hi);
        assertThat(outcome.figures()).containsKeys("aa_fpr_fixed", "aa_fpr_sequential");
    }

    @Test
    void sameSeedSameFigures() {
        AaCalibration.Config small = new AaCalibration.Config(50, 200, 0.2, 20, 0.05, 1e-3, 7L);

        assertThat(AaCalibration.run(small)).isEqualTo(AaCalibration.run(small));
    }
}
