/**
 * One report per experiment: {@link io.heed.experiments.analysis.ExperimentAnalysis} combines the sample-ratio
 * check, the primary metric of every variant against control (with Holm-adjusted p-values) and guardrail metrics
 * into a {@link io.heed.experiments.analysis.ExperimentReport} with a verdict. Per-unit outcomes come through the
 * {@link io.heed.experiments.analysis.OutcomeSource} port (the store computes them in SQL) or from a simulation.
 */
package io.heed.experiments.analysis;
