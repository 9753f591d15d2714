package io.heed.experiments.registry;

/** One arm: its name, what it serves, and its traffic in basis points of all units (10,000 = everyone). */
public record Variant(String name, Treatment treatment, int basisPoints) {
    public Variant {
        if (name == null || treatment == null) {
            throw new IllegalArgumentException("a variant needs a name and a treatment");
        }
    }
}
