package io.heed.cli;

import io.heed.app.IngestFiles;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code heed ingest FILE...}: bulk load files, each in one transaction, with a progress bar and a report. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Load event or catalog files (CSV, JSON Lines, Parquet, and built-in public formats). "
                + "Bad rows are quarantined with a reason; re-ingesting a file is idempotent.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to ingest.")
    List<Path> files;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Format of every file (default: detected). " + "See `heed formats`.")
    String format;

    @Option(
            names = "--tenant",
            defaultValue = "default",
            description = "Tenant for rows without one (default: ${DEFAULT-VALUE}).")
    String tenant;

    @Option(
            names = "--extra-types",
            split = ",",
            paramLabel = "TYPE",
            description = "Accept these event types besides the built-in ones, e.g. like,follow.")
    Set<String> extraTypes = Set.of();

    @Override
    public Integer call() throws Exception {
        IngestReport total;
        try (HeedStore s = store.open()) {
            total = new IngestFiles(s, IngestFiles.policy(tenant, extraTypes))
                    .ingestAll(files, format, new IngestFiles.Listener() {
                        @Override
                        public ProgressListener starting(IngestFiles.Source source) {
                            return Progress.start("ingest " + source.file().getFileName(), 100, "%");
                        }

                        @Override
                        public void finished(IngestFiles.Source source, IngestReport report) {
                            Tables.ingest(System.out, report);
                        }
                    });
        }
        if (files.size() > 1 && total != null) {
            System.out.printf(
                    "total: read %,d, accepted %,d, duplicates %,d, quarantined %,d%n",
                    total.rowsRead(), total.accepted(), total.duplicates(), total.quarantined());
        }
        if (total != null && total.quarantined() > 0) {
            System.out.println("Quarantined rows are kept with their reason: SELECT * FROM quarantine");
        }
        return 0;
    }
}
