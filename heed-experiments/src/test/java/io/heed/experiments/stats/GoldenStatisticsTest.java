package io.heed.experiments.stats;

import static io.heed.experiments.Golden.doubles;
import static io.heed.experiments.Golden.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.heed.experiments.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every statistic against values computed by scipy / statsmodels (golden/make_golden.py). */
class GoldenStatisticsTest {
    private static final Offset<Double> TIGHT = within(1e-9);

    static Stream<JsonNode> ztest() {
        return Golden.cases("ztest.json").stream();
    }

    static Stream<JsonNode> welch() {
        return Golden.cases("welch.json").stream();
    }

    static Stream<JsonNode> ratio() {
        return Golden.cases("ratio.json").stream();
    }

    static Stream<JsonNode> cuped() {
        return Golden.cases("cuped.json").stream();
    }

    static Stream<JsonNode> srm() {
        return Golden.cases("srm.json").stream();
    }

    static Stream<JsonNode> multiple() {
        return Golden.cases("multiple.json").stream();
    }

    static Stream<JsonNode> msprt() {
        return Golden.cases("msprt.json").stream();
    }

    @ParameterizedTest
    @MethodSource("ztest")
    void twoProportionZTestMatchesStatsmodels(JsonNode c) {
        TwoProportionZTest.Outcome o = TwoProportionZTest.test(
                c.get("control_conversions").asLong(),
                c.get("control_n").asLong(),
                c.get("treatment_conversions").asLong(),
                c.get("treatment_n").asLong(),
                c.get("confidence").asDouble());

        assertThat(o.difference()).isCloseTo(c.get("difference").asDouble(), TIGHT);
        assertThat(o.z()).isCloseTo(c.get("z").asDouble(), TIGHT);
        assertThat(o.pValue()).isCloseTo(c.get("p_value").asDouble(), within(1e-10));
        assertInterval(o.pooledCi(), c.get("pooled_ci"), 1e-9);
        assertInterval(o.unpooledCi(), c.get("unpooled_ci"), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("welch")
    void welchMatchesScipyAndStatsmodels(JsonNode c) {
        WelchTTest.Outcome o = WelchTTest.test(
                doubles(c.get("control")),
                doubles(c.get("treatment")),
                c.get("confidence").asDouble());

        assertThat(o.difference()).isCloseTo(c.get("difference").asDouble(), TIGHT);
        assertThat(o.t()).isCloseTo(c.get("t").asDouble(), TIGHT);
        assertThat(o.df()).isCloseTo(c.get("df").asDouble(), within(1e-7));
        assertThat(o.pValue()).isCloseTo(c.get("p_value").asDouble(), within(1e-10));
        assertInterval(o.ci(), c.get("ci"), 1e-8);
    }

    @ParameterizedTest
    @MethodSource("ratio")
    void deltaMethodRatioMatchesNumpyGradientForm(JsonNode c) {
        RatioMetric.Comparison o = RatioMetric.compare(
                doubles(c.get("control_num")),
                doubles(c.get("control_den")),
                doubles(c.get("treatment_num")),
                doubles(c.get("treatment_den")),
                c.get("confidence").asDouble());

        assertThat(o.control().estimate()).isCloseTo(c.get("control_ratio").asDouble(), TIGHT);
        assertThat(o.control().variance()).isCloseTo(c.get("control_variance").asDouble(), within(1e-12));
        assertThat(o.treatment().estimate()).isCloseTo(c.get("treatment_ratio").asDouble(), TIGHT);
        assertThat(o.treatment().variance())
                .isCloseTo(c.get("treatment_variance").asDouble(), within(1e-12));
        assertThat(o.standardError()).isCloseTo(c.get("standard_error").asDouble(), within(1e-10));
        assertThat(o.pValue()).isCloseTo(c.get("p_value").asDouble(), within(1e-9));
        assertInterval(o.ci(), c.get("ci"), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("cuped")
    void cupedMatchesOlsSlopeAndWelch(JsonNode c) {
        Cuped.Outcome o = Cuped.test(
                doubles(c.get("control_y")),
                doubles(c.get("control_x")),
                doubles(c.get("treatment_y")),
                doubles(c.get("treatment_x")),
                c.get("confidence").asDouble());

        assertThat(o.theta()).isCloseTo(c.get("theta").asDouble(), TIGHT);
        assertThat(o.adjustedControl()).isCloseTo(c.get("adjusted_control").asDouble(), TIGHT);
        assertThat(o.adjustedTreatment()).isCloseTo(c.get("adjusted_treatment").asDouble(), TIGHT);
        assertThat(o.varianceReduction()).isCloseTo(c.get("variance_reduction").asDouble(), TIGHT);
        assertThat(o.test().t()).isCloseTo(c.get("t").asDouble(), within(1e-8));
        assertThat(o.test().pValue()).isCloseTo(c.get("p_value").asDouble(), within(1e-10));
        assertInterval(o.test().ci(), c.get("ci"), 1e-8);
    }

    @ParameterizedTest
    @MethodSource("srm")
    void sampleRatioMismatchMatchesScipyChisquare(JsonNode c) {
        SampleRatioMismatch.Outcome o = SampleRatioMismatch.check(
                longs(c.get("observed")), doubles(c.get("planned_shares")), SampleRatioMismatch.DEFAULT_THRESHOLD);

        assertThat(o.chiSquare()).isCloseTo(c.get("chi_square").asDouble(), TIGHT);
        assertThat(o.df()).isEqualTo(c.get("df").asInt());
        assertThat(o.pValue()).isCloseTo(c.get("p_value").asDouble(), within(1e-12));
        assertThat(o.mismatch()).isEqualTo(c.get("p_value").asDouble() < SampleRatioMismatch.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest
    @MethodSource("multiple")
    void holmAndBenjaminiHochbergMatchStatsmodels(JsonNode c) {
        double[] p = doubles(c.get("p_values"));

        assertThat(MultipleComparisons.holm(p)).containsExactly(doubles(c.get("holm")), within(1e-12));
        assertThat(MultipleComparisons.benjaminiHochberg(p)).containsExactly(doubles(c.get("bh")), within(1e-12));
    }

    @ParameterizedTest
    @MethodSource("msprt")
    void msprtMatchesIndependentClosedForm(JsonNode c) {
        Msprt.Monitor monitor = new Msprt(c.get("tau2").asDouble(), 0).monitor();
        List<JsonNode> peeks = toList(c.get("peeks"));
        assertThat(peeks).isNotEmpty();
        for (JsonNode k : peeks) {
            Msprt.Peek peek;
            if (c.get("kind").asText().equals("proportions")) {
                peek = monitor.peek(
                        k.get("control_conversions").asLong(),
                        k.get("control_n").asLong(),
                        k.get("treatment_conversions").asLong(),
                        k.get("treatment_n").asLong());
            } else {
                peek = monitor.peek(summary(k.get("control")), summary(k.get("treatment")));
            }
            double lr = k.get("likelihood_ratio").asDouble();
            assertThat(peek.likelihoodRatio()).isCloseTo(lr, within(1e-9 * Math.max(1, lr)));
            assertThat(peek.pValue()).isCloseTo(k.get("p_value").asDouble(), within(1e-10));
        }
    }

    private static Summary summary(JsonNode s) {
        return new Summary(
                s.get("n").asLong(), s.get("mean").asDouble(), s.get("variance").asDouble());
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> l = new java.util.ArrayList<>();
        array.forEach(l::add);
        return l;
    }

    private static void assertInterval(Interval actual, JsonNode expected, double tolerance) {
        assertThat(actual.lower()).isCloseTo(expected.get(0).asDouble(), within(tolerance));
        assertThat(actual.upper()).isCloseTo(expected.get(1).asDouble(), within(tolerance));
    }
}
