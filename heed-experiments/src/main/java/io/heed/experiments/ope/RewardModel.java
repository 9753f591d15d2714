package io.heed.experiments.ope;

/** Predicted expected reward of an action in a context (the direct method's model). */
public interface RewardModel {
    double predict(int context, int action);
}
