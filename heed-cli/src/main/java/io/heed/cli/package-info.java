/**
 * The {@code heed} command (picocli), one class per subcommand; the composition root that wires store, server
 * and the stages into the product's runnable jar. The lab's commands (demo, simulate, retrain, bench) are added
 * by heed-bench's entry point through {@link io.heed.cli.HeedCli#commandLine(Object...)}.
 */
package io.heed.cli;
