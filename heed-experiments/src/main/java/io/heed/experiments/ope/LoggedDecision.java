package io.heed.experiments.ope;

/**
 * One logged decision: a discrete context (a bucket such as a slot or a segment), the action taken, the observed
 * reward and the logging policy's propensity of that action ({@code NaN} when it was not logged).
 */
public record LoggedDecision(int context, int action, double reward, double propensity) {
    public LoggedDecision {
        if (context < 0 || action < 0) {
            throw new IllegalArgumentException("context and action must be >= 0");
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, was " + reward);
        }
    }
}
