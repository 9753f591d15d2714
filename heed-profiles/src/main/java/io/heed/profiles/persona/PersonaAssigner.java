package io.heed.profiles.persona;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileMatrix;

/**
 * Serving-time persona assignment: standardise one raw feature row with the model's scaler and return the nearest
 * centroid, O(k·d) with no allocation beyond small buffers. Dimensions the row does not observe
 * ({@link PersonaConfig#observedIf()}) are left out of the distance. Thread-safe.
 */
public final class PersonaAssigner {
    private final PersonaModel model;
    private final double[] centroids;
    private final int d;
    private final int k;
    private final int rawDims;
    private final ObservedGroups observed;

    PersonaAssigner(PersonaModel model) {
        this.model = model;
        this.centroids = model.centroidsShared();
        this.d = model.scaler().dims();
        this.k = model.k();
        this.rawDims = model.features().size();
        this.observed = ObservedGroups.of(model.provenance().config(), model.features(), model.scaler());
    }

    /** Persona index (0..k-1) of one raw row in the model's feature order. */
    public int assign(double[] raw) {
        if (raw.length != rawDims) {
            throw new IllegalArgumentException(
                    "expected " + rawDims + " features (" + model.features().id() + "), got " + raw.length);
        }
        double[] z = new double[d];
        model.scaler().transform(raw, 0, z, 0);
        boolean[] mask = observed.complete(raw, 0) ? null : observed.mask(raw, 0);
        int best = 0;
        double bd = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double s = 0;
            int co = j * d;
            for (int t = 0; t < d; t++) {
                if (mask == null || mask[t]) {
                    double v = z[t] - centroids[co + t];
                    s += v * v;
                }
            }
            if (s < bd) {
                bd = s;
                best = j;
            }
        }
        return best;
    }

    /** Whether the raw row observes every clustering dimension (see {@link PersonaConfig#observedIf()}). */
    public boolean observesAll(double[] raw) {
        return observed.complete(raw, 0);
    }

    /** Every row of a matrix computed with the model's feature set. */
    public int[] assignAll(ProfileMatrix m) {
        FeatureSet fs = m.features();
        if (!fs.compatibleWith(model.features())) {
            throw new IllegalArgumentException(
                    "profiles use " + fs.id() + " " + fs.names() + " but the model was trained on "
                            + model.features().id() + " " + model.features().names());
        }
        int[] out = new int[m.rows()];
        for (int i = 0; i < out.length; i++) {
            out[i] = assign(m.row(i));
        }
        return out;
    }

    /** Label of a persona index, or "persona-i" without descriptions. */
    public String label(int persona) {
        return model.descriptions().isEmpty()
                ? "persona-" + persona
                : model.descriptions().get(persona).label();
    }
}
