package io.heed.ctr;

import java.util.List;

/**
 * A prediction and why: the calibrated probability, the model's log-odds and the largest contributions to them
 * (bias excluded), largest absolute value first.
 */
public record Explanation(String algorithm, double probability, double logOdds, double bias, List<Contribution> top) {
    public Explanation {
        top = List.copyOf(top);
    }
}
