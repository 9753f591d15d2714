package io.heed.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashAssignerTest {
    private static final int UNITS = 100_000;

    /** Expected buckets computed independently with Python's hashlib (sha256, first 8 bytes big-endian, mod 10000). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "exp-1|user-1|6764",
                "exp-1|user-2|4302",
                "checkout-2026|u_00042|8579",
                "''|''|3192",
                "ß-salt|üser|104"
            })
    void bucketsArePinnedAcrossPlatforms(String salt, String unit, int bucket) {
        assertThat(HashAssigner.bucket(salt, unit)).isEqualTo(bucket);
    }

    @Test
    void assignmentIsDeterministic() {
        TrafficSplit split = TrafficSplit.even("control", "treatment");
        for (int i = 0; i < 1000; i++) {
            String unit = "user-" + i;
            assertThat(HashAssigner.assign("exp-1", unit, split)).isEqualTo(HashAssigner.assign("exp-1", unit, split));
        }
    }

    @Test
    void splitProportionsHoldOn100kUnits() {
        TrafficSplit split = new TrafficSplit(List.of("a", "b", "c"), List.of(5000, 3000, 1000)); // 10% not enrolled
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < UNITS; i++) {
            String v = HashAssigner.assign("split-check", "user-" + i, split).orElse("none");
            counts.merge(v, 1, Integer::sum);
        }
        // 5 standard errors of a proportion at n = 100k is at most 0.0080
        assertThat(counts.get("a") / (double) UNITS).isCloseTo(0.5, within(0.008));
        assertThat(counts.get("b") / (double) UNITS).isCloseTo(0.3, within(0.008));
        assertThat(counts.get("c") / (double) UNITS).isCloseTo(0.1, within(0.008));
        assertThat(counts.get("none") / (double) UNITS).isCloseTo(0.1, within(0.008));
    }

    @Test
    void bucketsUnderDifferentSaltsAreUncorrelated() {
        double[] x = new double[UNITS];
        double[] y = new double[UNITS];
        int bothTreated = 0;
        for (int i = 0; i < UNITS; i++) {
            x[i] = HashAssigner.bucket("salt-A", "user-" + i);
            y[i] = HashAssigner.bucket("salt-B", "user-" + i);
            bothTreated += (x[i] < 5000 && y[i] < 5000) ? 1 : 0;
        }
        // |r| < 0.015 is about 4.7 standard errors (1/sqrt(n) = 0.0032) for independent salts
        assertThat(Math.abs(correlation(x, y))).isLessThan(0.015);
        // Being in treatment under one salt says nothing about the other: P(both) ~ 0.25
        assertThat(bothTreated / (double) UNITS).isCloseTo(0.25, within(0.007));
    }

    @Test
    void unitsBeyondTheEnrolledShareAreNotAssigned() {
        TrafficSplit tiny = new TrafficSplit(List.of("only"), List.of(1));
        long enrolled = java.util.stream.IntStream.range(0, 20_000)
                .mapToObj(i -> HashAssigner.assign("s", "u" + i, tiny))
                .filter(Optional::isPresent)
                .count();
        assertThat(enrolled).isBetween(0L, 10L);
    }

    @Test
    void invalidSplitsAreRejected() {
        assertThatThrownBy(() -> new TrafficSplit(List.of("a", "b"), List.of(6000, 5000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sum");
        assertThatThrownBy(() -> new TrafficSplit(List.of("a", "a"), List.of(50, 50)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("distinct");
        assertThat(TrafficSplit.even("a", "b", "c").basisPoints()).containsExactly(3334, 3333, 3333);
        assertThat(TrafficSplit.even("a", "b").plannedShares()).containsExactly(0.5, 0.5);
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
