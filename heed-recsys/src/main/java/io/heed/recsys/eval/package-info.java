/**
 * Offline evaluation matching the peer-bench protocol (shared/tools/peer-bench): MovieLens reader, per-user
 * random holdout split, ranking metrics, the evaluator, random search, ensemble weight search and the MovieLens benchmark. Uses io.heed.recsys and
 * io.heed.recsys.cf; reads files only in {@link io.heed.recsys.eval.MovieLensRatings}.
 */
package io.heed.recsys.eval;
