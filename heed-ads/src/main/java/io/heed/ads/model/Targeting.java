package io.heed.ads.model;

import java.util.Set;

/**
 * Who and where a campaign wants: each dimension is a set of accepted values, empty meaning any. Personas and
 * segments are personal targeting: they need the user's advertising consent. Contexts (page categories), geos
 * (ISO country codes) and devices ({@code mobile|desktop|tablet}) are contextual.
 */
public record Targeting(
        Set<String> personas, Set<String> segments, Set<String> contexts, Set<String> geos, Set<String> devices) {
    public static final Targeting ANY = new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Targeting {
        personas = personas == null ? Set.of() : Set.copyOf(personas);
        segments = segments == null ? Set.of() : Set.copyOf(segments);
        contexts = contexts == null ? Set.of() : Set.copyOf(contexts);
        geos = geos == null ? Set.of() : Set.copyOf(geos);
        devices = devices == null ? Set.of() : Set.copyOf(devices);
    }

    /** Whether serving needs personal data (persona or segment targeting). */
    public boolean personal() {
        return !personas.isEmpty() || !segments.isEmpty();
    }
}
