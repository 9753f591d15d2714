package io.heed.ctr;

import io.heed.ctr.features.FeatureVector;
import java.util.Arrays;

/** Row views of {@link CtrExamples}. */
public final class Rows {
    private Rows() {}

    public static FeatureVector vector(CtrExamples data, int r) {
        int s = data.start(r);
        int e = data.end(r);
        return new FeatureVector(
                Arrays.copyOfRange(data.indices(), s, e), Arrays.copyOfRange(data.values(), s, e), null);
    }
}
