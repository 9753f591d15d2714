/**
 * Recommendation benchmarks: {@code recsys} (MovieLens quality and training time beside shared/tools/peer-bench's
 * Spark ALS and RankSys, run as child processes), {@code recsys-serving} (top-N latency from 50,000 items) and
 * {@code recsys-scale} (the 20M-interaction iALS scale run on synthetic data).
 */
package io.heed.bench.recsys;
