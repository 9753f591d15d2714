package io.heed.experiments.stats;

import io.heed.core.Problem;

/**
 * A statistic was asked of data that cannot support it. Carries the typed {@link StatsFailure} and a
 * {@link Problem} naming the field and cause, so callers can report it instead of a wrong p-value.
 */
public final class StatsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final StatsFailure failure;

    public StatsException(StatsFailure failure, String field, String message) {
        super(failure.code() + " (" + field + "): " + message);
        this.failure = failure;
        this.problem = Problem.of(failure.code(), field, message);
    }

    public StatsFailure failure() {
        return failure;
    }

    public Problem problem() {
        return problem;
    }
}
