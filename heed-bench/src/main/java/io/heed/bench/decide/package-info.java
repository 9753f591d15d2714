/**
 * {@code heed bench decide}: ad-decision throughput and latency over HTTP with wrk, side by side with a bare
 * Vert.x endpoint, and a concurrent budget and frequency-cap correctness run.
 */
package io.heed.bench.decide;
