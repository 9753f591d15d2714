/**
 * Off-policy evaluation of a target policy from logs of another (the logging policy's propensities must be logged):
 * IPS, self-normalised IPS, the direct method and doubly robust, each with a CLT interval, plus a seeded percentile
 * bootstrap. Zero or missing propensities throw {@link io.heed.experiments.stats.StatsException}.
 */
package io.heed.experiments.ope;
