package io.heed.cli;

import io.heed.events.ingest.IngestFormat;
import picocli.CommandLine.Command;

/** {@code heed formats}: the formats {@code heed ingest} reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the ingest formats.")
final class FormatsCommand implements Runnable {
    @Override
    public void run() {
        for (IngestFormat f : IngestFormat.values()) {
            System.out.printf("%-20s %-11s %s%n", f.cliName(), f.kind().name().toLowerCase(java.util.Locale.ROOT),
                    f.description());
        }
    }
}
