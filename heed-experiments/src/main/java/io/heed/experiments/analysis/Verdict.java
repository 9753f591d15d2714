package io.heed.experiments.analysis;

/** The decision an experiment report supports. */
public enum Verdict {
    /** A variant wins on the primary metric (adjusted), no guardrail fails, assignment is sound. */
    SHIP,
    /** A variant loses on the primary metric or breaks a guardrail. */
    NO_SHIP,
    /** No significant difference (or the metric could not be computed). */
    INCONCLUSIVE,
    /** The sample ratio does not match the planned split: the results cannot be trusted. */
    INVALID
}
