/**
 * Offline evaluation matching the peer-bench protocol (shared/tools/peer-bench): MovieLens reader, per-user
 * random holdout split, temporal splits, ranking metrics, the evaluator, the harness over seeds, random search and
 * ensemble weight search. Uses io.heed.recsys and io.heed.recsys.cf; reads files only in
 * {@link io.heed.recsys.eval.MovieLensRatings}. The MovieLens benchmark itself is heed-bench's.
 */
package io.heed.recsys.eval;
