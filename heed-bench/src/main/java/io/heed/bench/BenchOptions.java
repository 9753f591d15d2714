package io.heed.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How to run: {@code quick} shrinks sizes so a run takes about a minute; {@code workDir} holds generated data and
 * scratch stores; {@code log} receives progress lines.
 */
public record BenchOptions(boolean quick, Path workDir, PrintStream log) {}
