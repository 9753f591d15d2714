/**
 * The lab's command line: {@link io.heed.bench.cli.LabCli} is heed-cli's {@code heed} plus the commands that
 * drive the simulated publisher, the closed loop and the benchmarks ({@code demo}, {@code simulate},
 * {@code retrain}, {@code bench}). Built into heed-lab.jar, which runs beside heed.jar.
 */
package io.heed.bench.cli;
