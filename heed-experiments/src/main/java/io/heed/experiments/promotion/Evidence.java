package io.heed.experiments.promotion;

import io.heed.experiments.analysis.ExperimentReport;
import io.heed.experiments.analysis.MetricResult;
import io.heed.experiments.analysis.Verdict;
import io.heed.experiments.ope.Estimate;
import java.util.Locale;

/** What a promotion is decided on. */
public sealed interface Evidence {
    /** One line saying what was measured and with what result. */
    String summary();

    /**
     * An experiment with the champion as control and the challenger as a variant: the challenger's primary-metric
     * difference (challenger − champion) with its CI, and the report's verdict.
     */
    record FromExperiment(String experiment, MetricResult primary, Verdict verdict) implements Evidence {
        public static FromExperiment of(ExperimentReport r, String challengerVariant) {
            MetricResult m = r.primary().stream()
                    .filter(x -> x.variant().equals(challengerVariant))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "experiment " + r.experiment() + " has no result for variant " + challengerVariant));
            return new FromExperiment(r.experiment(), m, r.verdict());
        }

        @Override
        public String summary() {
            if (!primary.computed()) {
                return String.format(
                        Locale.ROOT,
                        "experiment %s: %s not computable (%s)",
                        experiment,
                        primary.metric().wire(),
                        primary.problem().message());
            }
            return String.format(
                    Locale.ROOT,
                    "experiment %s: %s difference %+.6g, CI [%+.6g, %+.6g], verdict %s",
                    experiment,
                    primary.metric().wire(),
                    primary.difference(),
                    primary.ci().lower(),
                    primary.ci().upper(),
                    verdict);
        }
    }

    /** Off-policy estimates of both from the same logs: the challenger's CI against the champion's value. */
    record OffPolicy(String data, Estimate champion, Estimate challenger) implements Evidence {
        @Override
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "off-policy (%s) on %s: champion %.6g, challenger %.6g CI [%.6g, %.6g]",
                    challenger.method(),
                    data,
                    champion.value(),
                    challenger.value(),
                    challenger.ci().lower(),
                    challenger.ci().upper());
        }
    }
}
