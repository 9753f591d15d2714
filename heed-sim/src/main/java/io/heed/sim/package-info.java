/**
 * A seeded synthetic publisher with ground truth: planted personas, a catalog, an ad inventory, users with devices
 * and consent, and their behaviour (impressions, clicks, dwell, carts, purchases, ratings, shares), written as the
 * canonical Heed CSV files plus the truth needed to grade every stage of the pipeline.
 *
 * <p>Entry points are {@link io.heed.sim.SimConfig}, {@link io.heed.sim.Simulator} and {@link io.heed.sim.SimSummary};
 * the closed loop is {@link io.heed.sim.SimWorld} with {@link io.heed.sim.ServingStrategy} and its records
 * ({@code Visitor}, {@code AdSpec}, {@code Decision}, {@code Outcome}, {@code PolicyValue}); everything else is
 * package-private. Uses the JDK, {@code heed-core} and Jackson (for the JSON truth) only.
 * All randomness flows from {@code SimConfig.seed()}, so one configuration always gives byte-identical files.
 */
package io.heed.sim;
