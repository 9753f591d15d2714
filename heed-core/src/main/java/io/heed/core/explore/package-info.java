/**
 * Pure exploration math: probability mass functions ({@link io.heed.core.explore.Pmf}), seeded sampling
 * ({@link io.heed.core.explore.Sampling}), decisions that carry their propensity ({@link io.heed.core.explore.Choice})
 * and deterministic salted-hash assignment ({@link io.heed.core.explore.HashAssigner}). Used by heed-experiments
 * (bandits, assignment, bootstrap). JDK only; no I/O, no clocks, no unseeded randomness.
 */
package io.heed.core.explore;
