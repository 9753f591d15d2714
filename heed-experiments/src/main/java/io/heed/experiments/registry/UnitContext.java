package io.heed.experiments.registry;

/** The unit being assigned (a user) and the attributes targeting may look at; attributes may be null. */
public record UnitContext(String unitId, String persona, String geo, String device) {
    public UnitContext {
        if (unitId == null || unitId.isBlank()) {
            throw new IllegalArgumentException("unit id is missing");
        }
    }

    public static UnitContext of(String unitId) {
        return new UnitContext(unitId, null, null, null);
    }
}
