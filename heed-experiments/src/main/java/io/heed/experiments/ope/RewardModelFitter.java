package io.heed.experiments.ope;

import java.util.List;

/** Fits a reward model on logs; the direct method refits it on every bootstrap replicate. */
@FunctionalInterface
public interface RewardModelFitter {
    RewardModel fit(List<LoggedDecision> logs);
}
