/**
 * Benchmarks run by {@code heed bench NAME}: the {@link io.heed.bench.Benchmark} contract, results and the registry.
 * The lab may use every module, the CLI included ({@code io.heed.bench.cli}); no product module uses the lab.
 */
package io.heed.bench;
