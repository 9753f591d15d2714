package io.heed.ctr;

import io.heed.ctr.features.FeatureVector;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The learned function of a CTR model family (FTRL logistic regression, FM, boosted trees) on hashed feature
 * vectors. Immutable and thread-safe. The margin is the log-odds before calibration.
 */
public interface Predictor {
    /** The algorithm name recorded in artifacts (the key of {@link CtrModelFiles}'s registry). */
    String algorithm();

    double margin(FeatureVector x);

    /** Margins of rows [0, n) of {@code data}; families with batch kernels override this. */
    default double[] margins(CtrExamples data) {
        double[] out = new double[data.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = margin(Rows.vector(data, r));
        }
        return out;
    }

    /**
     * Each feature's additive share of the margin, aligned with {@code x}'s features (the bias share at 0). The
     * shares sum to the margin.
     */
    double[] contributions(FeatureVector x);

    /** Hyperparameters, for provenance. */
    java.util.Map<String, String> params();

    void writePayload(DataOutputStream out) throws IOException;
}
