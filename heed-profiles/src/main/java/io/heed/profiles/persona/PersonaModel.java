package io.heed.profiles.persona;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.cluster.Standardizer;
import java.util.List;

/**
 * The immutable persona artifact: the feature set it expects, the scaler, {@code k} centroids in standardised space
 * (row-major, {@code k × scaler.dims()}), its provenance and the descriptions of the personas (index = label).
 */
public final class PersonaModel {
    private final FeatureSet features;
    private final Standardizer scaler;
    private final int k;
    private final double[] centroids;
    private final double inertia;
    private final PersonaProvenance provenance;
    private final List<PersonaDescription> descriptions;

    public PersonaModel(
            FeatureSet features,
            Standardizer scaler,
            int k,
            double[] centroids,
            double inertia,
            PersonaProvenance provenance,
            List<PersonaDescription> descriptions) {
        if (centroids.length != k * scaler.dims()) {
            throw new IllegalArgumentException(
                    "expected " + k + " x " + scaler.dims() + " centroid values, got " + centroids.length);
        }
        for (double v : centroids) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a centroid is not finite");
            }
        }
        if (!descriptions.isEmpty() && descriptions.size() != k) {
            throw new IllegalArgumentException("expected " + k + " descriptions, got " + descriptions.size());
        }
        this.features = features;
        this.scaler = scaler;
        this.k = k;
        this.centroids = centroids.clone();
        this.inertia = inertia;
        this.provenance = provenance;
        this.descriptions = List.copyOf(descriptions);
    }

    public FeatureSet features() {
        return features;
    }

    public Standardizer scaler() {
        return scaler;
    }

    public int k() {
        return k;
    }

    public double[] centroids() {
        return centroids.clone();
    }

    double[] centroidsShared() {
        return centroids;
    }

    public double inertia() {
        return inertia;
    }

    public long seed() {
        return provenance.config().seed();
    }

    public PersonaProvenance provenance() {
        return provenance;
    }

    public List<PersonaDescription> descriptions() {
        return descriptions;
    }

    public PersonaModel withDescriptions(List<PersonaDescription> d) {
        return new PersonaModel(features, scaler, k, centroids, inertia, provenance, d);
    }

    public PersonaModel withProvenance(PersonaProvenance p) {
        return new PersonaModel(features, scaler, k, centroids, inertia, p, descriptions);
    }

    /** The serving-time scorer. */
    public PersonaAssigner assigner() {
        return new PersonaAssigner(this);
    }
}
