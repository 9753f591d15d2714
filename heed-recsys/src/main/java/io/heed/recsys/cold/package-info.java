/**
 * Cold start: users without history get their persona's popular items ({@link io.heed.recsys.cold.PersonaPopularity});
 * items without interactions are scored through their content neighbours ({@link io.heed.recsys.cold.ContentSimilarity},
 * {@link io.heed.recsys.cold.NewItemScorer}). Persona assignment itself lives in heed-profiles; callers pass the
 * user → persona map, so this package needs no profile types.
 */
package io.heed.recsys.cold;
