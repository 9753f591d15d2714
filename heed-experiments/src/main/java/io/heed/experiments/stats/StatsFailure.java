package io.heed.experiments.stats;

/** Why a statistic cannot be computed. The code is the {@link io.heed.core.Problem#code()}. */
public enum StatsFailure {
    ZERO_TRAFFIC("zero_traffic"),
    EMPTY_VARIANT("empty_variant"),
    TOO_FEW_UNITS("too_few_units"),
    ZERO_VARIANCE("zero_variance"),
    NO_EVENTS("no_events"),
    INVALID_INPUT("invalid_input"),
    ZERO_PROPENSITY("zero_propensity"),
    MISSING_PROPENSITY("missing_propensity");

    private final String code;

    StatsFailure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
