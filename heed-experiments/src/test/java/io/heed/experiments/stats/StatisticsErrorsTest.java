package io.heed.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Degenerate input yields a typed failure naming the cause, never a p-value. */
class StatisticsErrorsTest {

    private static void fails(ThrowingCallable call, StatsFailure expected, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatsException.class, e -> {
            assertThat(e.failure()).isEqualTo(expected);
            assertThat(e.problem().code()).isEqualTo(expected.code());
            assertThat(e.problem().field()).isEqualTo(field);
        });
    }

    @Test
    void zTestRejectsZeroTrafficEmptyVariantsAndNoConversions() {
        fails(() -> TwoProportionZTest.test(0, 0, 0, 0, 0.95), StatsFailure.ZERO_TRAFFIC, "n");
        fails(() -> TwoProportionZTest.test(0, 0, 5, 100, 0.95), StatsFailure.EMPTY_VARIANT, "control");
        fails(() -> TwoProportionZTest.test(5, 100, 0, 0, 0.95), StatsFailure.EMPTY_VARIANT, "treatment");
        fails(() -> TwoProportionZTest.test(0, 100, 0, 100, 0.95), StatsFailure.ZERO_VARIANCE, "conversions");
        fails(() -> TwoProportionZTest.test(100, 100, 100, 100, 0.95), StatsFailure.ZERO_VARIANCE, "conversions");
        fails(() -> TwoProportionZTest.test(101, 100, 1, 100, 0.95), StatsFailure.INVALID_INPUT, "control");
        fails(() -> TwoProportionZTest.test(1, 100, 1, 100, 1.0), StatsFailure.INVALID_INPUT, "confidence");
    }

    @Test
    void welchRejectsTooFewUnitsAndZeroVariance() {
        fails(() -> WelchTTest.test(new double[0], new double[] {1, 2}, 0.95), StatsFailure.EMPTY_VARIANT, "control");
        fails(
                () -> WelchTTest.test(new double[] {1, 2}, new double[] {3}, 0.95),
                StatsFailure.TOO_FEW_UNITS,
                "treatment");
        fails(
                () -> WelchTTest.test(new double[] {1, 1, 1}, new double[] {2, 2}, 0.95),
                StatsFailure.ZERO_VARIANCE,
                "metric");
        fails(() -> WelchTTest.test(new Summary(0, 0, 0), new Summary(0, 0, 0), 0.95), StatsFailure.ZERO_TRAFFIC, "n");
        fails(
                () -> WelchTTest.test(new double[] {1, Double.NaN}, new double[] {2, 3}, 0.95),
                StatsFailure.INVALID_INPUT,
                "values");
    }

    @Test
    void ratioRejectsMetricsWithoutEventsAndMismatchedColumns() {
        fails(
                () -> RatioMetric.estimate("control", new double[] {0, 0}, new double[] {0, 0}),
                StatsFailure.NO_EVENTS,
                "control");
        fails(
                () -> RatioMetric.estimate("control", new double[] {1}, new double[] {2}),
                StatsFailure.TOO_FEW_UNITS,
                "control");
        fails(
                () -> RatioMetric.estimate("control", new double[] {1, 2}, new double[] {2}),
                StatsFailure.INVALID_INPUT,
                "control");
        fails(
                () -> RatioMetric.compare(new double[0], new double[0], new double[0], new double[0], 0.95),
                StatsFailure.ZERO_TRAFFIC,
                "units");
        fails(
                () -> RatioMetric.compare(
                        new double[] {1, 2}, new double[] {2, 4}, new double[] {1, 1}, new double[] {2, 2}, 0.95),
                StatsFailure.ZERO_VARIANCE,
                "ratio");
    }

    @Test
    void cupedRejectsConstantCovariate() {
        double[] y = {1, 2, 3};
        double[] x = {5, 5, 5};
        fails(() -> Cuped.test(y, x, y, x, 0.95), StatsFailure.ZERO_VARIANCE, "covariate");
        fails(() -> Cuped.test(y, new double[] {1, 2}, y, x, 0.95), StatsFailure.INVALID_INPUT, "control");
    }

    @Test
    void srmRejectsZeroTraffic() {
        fails(
                () -> SampleRatioMismatch.check(new long[] {0, 0}, new double[] {0.5, 0.5}, 0.001),
                StatsFailure.ZERO_TRAFFIC,
                "observed");
        fails(
                () -> SampleRatioMismatch.check(new long[] {10}, new double[] {1}, 0.001),
                StatsFailure.INVALID_INPUT,
                "variants");
    }

    @Test
    void multipleComparisonsRejectInvalidPValues() {
        fails(() -> MultipleComparisons.holm(new double[] {0.1, 1.5}), StatsFailure.INVALID_INPUT, "pValues");
        fails(() -> MultipleComparisons.benjaminiHochberg(new double[0]), StatsFailure.INVALID_INPUT, "pValues");
    }

    @Test
    void msprtRejectsZeroVarianceButMonitorTreatsEmptyPeeksAsUninformative() {
        Msprt msprt = new Msprt(1e-4, 0);
        fails(() -> msprt.likelihoodRatio(0.1, 0), StatsFailure.ZERO_VARIANCE, "variance");
        fails(() -> new Msprt(0, 0), StatsFailure.INVALID_INPUT, "tau2");

        Msprt.Monitor m = msprt.monitor();
        Msprt.Peek peek = m.peek(0, 100, 0, 100);

        assertThat(peek.informative()).isFalse();
        assertThat(peek.pValue()).isEqualTo(1.0);
    }

    @Test
    void msprtPValueNeverIncreasesAndRejectsALargeEffect() {
        Msprt.Monitor m = new Msprt(1e-4, 0).monitor();
        double previous = 1;
        for (int n = 100; n <= 5000; n += 100) {
            double p = m.peek(n / 10, n, n * 15 / 100, n).pValue();
            assertThat(p).isLessThanOrEqualTo(previous);
            previous = p;
        }
        assertThat(previous).isLessThan(0.001);
    }
}
