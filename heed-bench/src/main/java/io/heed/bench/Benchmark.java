package io.heed.bench;

/**
 * One named benchmark of {@code heed bench NAME}. It measures Heed and, where there is one, a peer side by
 * side in the same run, and returns flat figures (numbers, plus the names of what was compared).
 */
public interface Benchmark {
    String name();

    String description();

    BenchResult run(BenchOptions options) throws Exception;
}
