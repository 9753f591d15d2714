package io.heed.cli;

import io.heed.events.ingest.FormatDetector;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.model.EventTypes;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
        ValidationPolicy policy =
                ValidationPolicy.defaults().withDefaultTenant(tenant).withTypes(EventTypes.withExtra(extraTypes));
        IngestReport total = null;
        try (HeedStore s = store.open()) {
            for (Path f : files) {
                IngestFormat fmt = resolve(f);
                IngestReport r;
                try (Progress p = Progress.start("ingest " + f.getFileName(), 100, "%")) {
                    r = EventStore.of(s).ingestFile(f, fmt, policy, MappingOptions.defaults(), p);
                }
                Tables.ingest(System.out, r);
                total = total == null ? r : total.plus(r);
            }
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

    private IngestFormat resolve(Path f) throws java.io.IOException {
        if (format != null) {
            return IngestFormat.fromCliName(format)
                    .orElseThrow(
                            () -> new IllegalArgumentException("unknown format '" + format + "'; known: " + known()));
        }
        return FormatDetector.detect(f)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + f + "; give --format, one of: " + known()));
    }

    static String known() {
        return Arrays.stream(IngestFormat.values()).map(IngestFormat::cliName).collect(Collectors.joining(", "));
    }
}
