/**
 * Pure exploration math shared by experiments and serving: probability mass functions ({@link io.heed.explore.Pmf}),
 * seeded sampling ({@link io.heed.explore.Sampling}), decisions that carry their propensity
 * ({@link io.heed.explore.Choice}) and deterministic salted-hash assignment ({@link io.heed.explore.HashAssigner}).
 * Depends on heed-core and the JDK only; no I/O, no clocks, no unseeded randomness.
 */
package io.heed.explore;
