package io.heed.experiments.ope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.core.explore.Choice;
import io.heed.core.explore.Pmf;
import io.heed.core.explore.Sampling;
import io.heed.experiments.stats.StatsException;
import io.heed.experiments.stats.StatsFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Synthetic logs with a known true policy value. */
class OffPolicyEstimatorsTest {
    private static final double[][] RATES = {
        {0.10, 0.20, 0.05, 0.15}, {0.30, 0.05, 0.10, 0.20}, {0.02, 0.04, 0.25, 0.08}
    };
    private static final Pmf[] LOGGING = {Pmf.of(0.4, 0.3, 0.2, 0.1), Pmf.uniform(4), Pmf.of(0.1, 0.2, 0.3, 0.4)};
    private static final TabularPolicy TARGET =
            new TabularPolicy(new double[][] {{0.1, 0.7, 0.1, 0.1}, {0.7, 0.1, 0.1, 0.1}, {0.1, 0.1, 0.7, 0.1}});

    private static List<LoggedDecision> logs(int n, long seed) {
        SplittableRandom rng = Sampling.seeded(seed);
        List<LoggedDecision> logs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(3);
            Choice a = Sampling.choose(LOGGING[c], rng);
            double r = Sampling.bernoulli(RATES[c][a.arm()], rng) ? 1 : 0;
            logs.add(new LoggedDecision(c, a.arm(), r, a.propensity()));
        }
        return logs;
    }

    private static double trueValue() {
        double v = 0;
        for (int c = 0; c < 3; c++) {
            for (int a = 0; a < 4; a++) {
                v += TARGET.probability(c, a) * RATES[c][a] / 3;
            }
        }
        return v;
    }

    @Test
    void allEstimatorsRecoverTheTrueValueWithinTheirIntervals() {
        List<LoggedDecision> logs = logs(40_000, 17);
        CellMeanRewardModel model = CellMeanRewardModel.fit(logs, 3, 4, 1.0);
        double truth = trueValue();

        List<Estimate> estimates = List.of(
                OffPolicyEstimators.ips(logs, TARGET, 0.99),
                OffPolicyEstimators.snips(logs, TARGET, 0.99),
                OffPolicyEstimators.directMethod(logs, TARGET, CellMeanRewardModel.fitter(3, 4, 1.0), 0.99, 200, 3L),
                OffPolicyEstimators.doublyRobust(logs, TARGET, model, 0.99));

        for (Estimate e : estimates) {
            assertThat(e.value()).as(e.method()).isCloseTo(truth, within(0.01));
            assertThat(e.ci().contains(truth))
                    .as(e.method() + " " + e.ci() + " vs " + truth)
                    .isTrue();
        }
    }

    @Test
    void bootstrapIntervalAgreesWithTheCltInterval() {
        List<LoggedDecision> logs = logs(5_000, 23);
        Estimate clt = OffPolicyEstimators.ips(logs, TARGET, 0.95);

        var boot = Bootstrap.percentile(
                logs, l -> OffPolicyEstimators.ips(l, TARGET, 0.95).value(), 300, 0.95, 5L);

        assertThat(boot.lower())
                .isCloseTo(clt.ci().lower(), within(0.25 * clt.ci().width()));
        assertThat(boot.upper())
                .isCloseTo(clt.ci().upper(), within(0.25 * clt.ci().width()));
    }

    @Test
    void zeroOrMissingPropensitiesAreRejectedNamingTheRow() {
        List<LoggedDecision> zero = List.of(new LoggedDecision(0, 0, 1, 0.5), new LoggedDecision(0, 1, 0, 0.0));
        List<LoggedDecision> missing =
                List.of(new LoggedDecision(0, 0, 1, Double.NaN), new LoggedDecision(0, 1, 0, 0.5));

        assertThatThrownBy(() -> OffPolicyEstimators.ips(zero, TARGET, 0.95))
                .isInstanceOfSatisfying(
                        StatsException.class, e -> assertThat(e.failure()).isEqualTo(StatsFailure.ZERO_PROPENSITY))
                .hasMessageContaining("row 1");
        assertThatThrownBy(() -> OffPolicyEstimators.doublyRobust(missing, TARGET, (c, a) -> 0, 0.95))
                .isInstanceOfSatisfying(
                        StatsException.class, e -> assertThat(e.failure()).isEqualTo(StatsFailure.MISSING_PROPENSITY))
                .hasMessageContaining("row 0");
        assertThatThrownBy(() -> OffPolicyEstimators.snips(List.of(), TARGET, 0.95))
                .isInstanceOfSatisfying(
                        StatsException.class, e -> assertThat(e.failure()).isEqualTo(StatsFailure.EMPTY_VARIANT));
    }
}
