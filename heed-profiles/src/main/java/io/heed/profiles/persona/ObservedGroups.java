package io.heed.profiles.persona;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.cluster.Standardizer;
import java.util.Arrays;

/**
 * Which clustering dimensions a user's row actually observes ({@link PersonaConfig#observedIf()}): for each kept
 * (standardised) dimension, the raw column of its indicator feature, or -1 when it is always observed. A row with
 * an indicator below 0.5 does not observe that dimension: it is left out of the fit and compared with the centroids
 * over the other dimensions only.
 */
final class ObservedGroups {
    private final int[] indicatorOfDim;
    private final boolean any;

    private ObservedGroups(int[] indicatorOfDim) {
        this.indicatorOfDim = indicatorOfDim;
        this.any = Arrays.stream(indicatorOfDim).anyMatch(i -> i >= 0);
    }

    static ObservedGroups of(PersonaConfig cfg, FeatureSet features, Standardizer scaler) {
        int[] kept = scaler.kept();
        int[] ind = new int[kept.length];
        for (int j = 0; j < kept.length; j++) {
            String indicator = cfg.indicatorOf(features.names().get(kept[j]));
            ind[j] = indicator == null ? -1 : features.indexOf(indicator);
            if (indicator != null && ind[j] < 0) {
                throw new IllegalArgumentException("feature " + features.names().get(kept[j]) + " is observed only "
                        + "if " + indicator + " = 1, but " + features.id() + " has no feature " + indicator);
            }
        }
        return new ObservedGroups(ind);
    }

    /** Whether some dimension can be unobserved. */
    boolean any() {
        return any;
    }

    /** Whether the raw row at {@code offset} observes every dimension. */
    boolean complete(double[] raw, int offset) {
        if (!any) {
            return true;
        }
        for (int ind : indicatorOfDim) {
            if (ind >= 0 && raw[offset + ind] < 0.5) {
                return false;
            }
        }
        return true;
    }

    /** Per dimension, whether the raw row at {@code offset} observes it. */
    boolean[] mask(double[] raw, int offset) {
        boolean[] m = new boolean[indicatorOfDim.length];
        for (int j = 0; j < m.length; j++) {
            m[j] = indicatorOfDim[j] < 0 || raw[offset + indicatorOfDim[j]] >= 0.5;
        }
        return m;
    }
}
