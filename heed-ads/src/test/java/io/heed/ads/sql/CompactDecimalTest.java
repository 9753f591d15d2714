package io.heed.ads.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompactDecimalTest {
    private static String text(double v) {
        return CompactDecimal.append(new StringBuilder(), v).toString();
    }

    private static void assertRoundTrip(double v) {
        String s = text(v);
        double back = Double.parseDouble(s);
        assertThat(Math.abs(back - v)).as("%s written as %s", v, s).isLessThanOrEqualTo(Math.abs(v) * 5e-12);
        assertThat(s).as("JSON number syntax: %s", s).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?(E-?[0-9]+)?");
    }

    @Test
    void wholeNumbersAndCommonValuesAreExactAndShort() {
        assertThat(text(0)).isEqualTo("0");
        assertThat(text(-0.0)).isEqualTo("0");
        assertThat(text(2)).isEqualTo("2");
        assertThat(text(-3)).isEqualTo("-3");
        assertThat(text(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(text(0.5)).isEqualTo("0.5");
        assertThat(text(0.1)).isEqualTo("0.1");
        assertThat(text(1.25)).isEqualTo("1.25");
        assertThat(text(0.0123)).isEqualTo("0.0123");
        assertThat(text(1e-7)).isEqualTo("1E-7");
        assertThat(text(1.5e20)).isEqualTo("1.5E20");
    }

    @Test
    void nonFiniteValuesAreNullNeverANumber() {
        assertThat(text(Double.NaN)).isEqualTo("null");
        assertThat(text(Double.POSITIVE_INFINITY)).isEqualTo("null");
        assertThat(text(Double.NEGATIVE_INFINITY)).isEqualTo("null");
    }

    @Test
    void edgeValuesRoundTripWithinTwelveDigits() {
        double[] edges = {
            Double.MIN_VALUE,
            Double.MIN_NORMAL,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e15 + 0.5,
            9.9999999999995,
            9.99999999999949,
            0.099999999999995,
            1e-300,
            3.3e-310,
            123456.789012345,
            1e22,
            1e23,
            Math.nextDown(1.0),
            Math.nextUp(1.0),
            1e-6,
            1e-5 / 3
        };
        for (double v : edges) {
            assertRoundTrip(v);
        }
    }

    @Test
    void randomValuesAcrossAllExponentsRoundTrip() {
        SplittableRandom r = new SplittableRandom(6);
        for (int i = 0; i < 200_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(v)) {
                assertRoundTrip(v);
            }
            assertRoundTrip(r.nextDouble() * Math.pow(10, r.nextInt(-12, 12)));
        }
    }
}
