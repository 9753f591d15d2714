/**
 * Benchmarks run by {@code heed bench NAME}: the {@link io.heed.bench.Benchmark} contract, results and the registry. May use every module but the CLI.
 */
package io.heed.bench;
