package io.heed.experiments.registry;

import java.time.Instant;

/** A unit was shown the treatment of a variant at an instant (logged at serving time). */
public record Exposure(String experiment, String unitId, String variant, Instant at) {}
