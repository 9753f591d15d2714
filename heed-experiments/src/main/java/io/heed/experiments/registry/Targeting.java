package io.heed.experiments.registry;

import java.util.Set;

/** Who may enter: an empty set means any value; otherwise the unit's attribute must be in it (null never is). */
public record Targeting(Set<String> personas, Set<String> geos, Set<String> devices) {
    public Targeting {
        personas = Set.copyOf(personas);
        geos = Set.copyOf(geos);
        devices = Set.copyOf(devices);
    }

    public static Targeting everyone() {
        return new Targeting(Set.of(), Set.of(), Set.of());
    }

    public boolean matches(UnitContext u) {
        return allows(personas, u.persona()) && allows(geos, u.geo()) && allows(devices, u.device());
    }

    private static boolean allows(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
