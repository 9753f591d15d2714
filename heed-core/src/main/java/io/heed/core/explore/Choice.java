package io.heed.core.explore;

/** A decision: the chosen arm and the probability with which it was chosen (its propensity, in (0,1]). */
public record Choice(int arm, double propensity) {
    public Choice {
        if (arm < 0) {
            throw new IllegalArgumentException("arm must be >= 0, was " + arm);
        }
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0,1], was " + propensity);
        }
    }
}
