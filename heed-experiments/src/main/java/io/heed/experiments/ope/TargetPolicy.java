package io.heed.experiments.ope;

/** The policy being evaluated: its probability of each action in each context. */
public interface TargetPolicy {
    int actions();

    double probability(int context, int action);
}
