/**
 * The experiment registry: definitions ({@link io.heed.experiments.registry.ExperimentDefinition}: variants mapped
 * to strategies or models, traffic split, targeting, start and stop), their validation
 * ({@link io.heed.experiments.registry.DefinitionCheck}), deterministic assignment by salted hashing
 * ({@link io.heed.experiments.registry.Assignment}, over heed-core's {@code io.heed.core.explore.HashAssigner}), exposures, and the
 * storage ports ({@link io.heed.experiments.registry.ExperimentStore}, {@link io.heed.experiments.registry.ExposureLog})
 * that {@code io.heed.experiments.sql} implements. No I/O here.
 */
package io.heed.experiments.registry;
