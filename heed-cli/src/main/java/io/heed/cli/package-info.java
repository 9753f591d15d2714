/**
 * The {@code heed} command (picocli), one class per subcommand; the composition root that wires store, simulator, server and benchmarks.
 */
package io.heed.cli;
