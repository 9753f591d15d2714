package io.heed.ctr;

import io.heed.ctr.features.CtrRequest;
import java.util.List;

/**
 * The serving interface of click (and conversion) models: the calibrated probability that the impression
 * described by a request is clicked (converts). Implementations are thread-safe and never return NaN or a value
 * outside [1e-7, 1 − 1e-7]; unseen values and missing fields are fine, and non-finite numbers count as missing.
 */
public interface CtrScorer {
    double predict(CtrRequest request);

    /** Probabilities of many candidates, in order (the auction's batch call). */
    default double[] predictAll(List<CtrRequest> requests) {
        double[] out = new double[requests.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = predict(requests.get(i));
        }
        return out;
    }

    /** The prediction with its {@code top} largest contributions by absolute value. */
    Explanation explain(CtrRequest request, int top);
}
