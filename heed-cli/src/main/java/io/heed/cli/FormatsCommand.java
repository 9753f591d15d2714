package io.heed.cli;

import io.heed.events.ingest.IngestFormat;
import picocli.CommandLine.Command;

/** {@code heed formats}: the formats {@code heed ingest} reads. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the ingest formats.")
final class FormatsCommand implements Runnable {
    @Override
    public void run() {
        java.util.List<String[]> lines = new java.util.ArrayList<>();
        for (IngestFormat f : IngestFormat.values()) {
            lines.add(new String[] {f.cliName(), f.kind().name().toLowerCase(java.util.Locale.ROOT), f.description()});
        }
        System.out.print(Tables.aligned(lines, "lll"));
    }
}
