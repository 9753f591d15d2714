/**
 * A closed-loop HTTP load generator for benchmarks and smoke tests: C keep-alive connections each post one body,
 * wait for the answer and post the next, until a duration or a request count is reached. Targets loopback only.
 * Uses Vert.x's HTTP client and HdrHistogram.
 */
package io.heed.bench.load;
