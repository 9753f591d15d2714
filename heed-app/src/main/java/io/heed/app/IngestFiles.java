package io.heed.app;

import io.heed.events.ingest.FormatDetector;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.model.EventTypes;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The file ingest use case: each file in its format (given, or detected from its name and first bytes), validated
 * under one policy, loaded in one transaction of its own, with a report per file. Bad rows are quarantined with a
 * reason; re-ingesting a file is idempotent. {@code heed ingest} and the lab's demo call it.
 */
public final class IngestFiles {
    private final HeedStore store;
    private final ValidationPolicy policy;

    /** Rows are checked under {@code policy} (its default tenant is given to rows without one). */
    public IngestFiles(HeedStore store, ValidationPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** The default policy with rows lacking a tenant filed under {@code tenant}, and extra event types accepted. */
    public static ValidationPolicy policy(String tenant, Set<String> extraTypes) {
        return ValidationPolicy.defaults().withDefaultTenant(tenant).withTypes(EventTypes.withExtra(extraTypes));
    }

    /** A file and the format it is read in. */
    public record Source(Path file, IngestFormat format) {}

    /** What a front door shows while files load: a progress listener per file, and the file's report. */
    public interface Listener {
        /** Before {@code source} loads; the listener returned is closed after it when it is {@link AutoCloseable}. */
        ProgressListener starting(Source source);

        /** After {@code source} committed (its progress listener already closed). */
        void finished(Source source, IngestReport report);
    }

    /**
     * The format {@code file} is read in: {@code formatName} (a {@link IngestFormat#cliName()}) when given, else the
     * detected one. Throws {@link IllegalArgumentException} for an unknown name or a file it cannot tell.
     */
    public static IngestFormat format(Path file, String formatName) throws IOException {
        if (formatName != null) {
            return IngestFormat.fromCliName(formatName)
                    .orElseThrow(() ->
                            new IllegalArgumentException("unknown format '" + formatName + "'; known: " + known()));
        }
        return FormatDetector.detect(file)
                .orElseThrow(() -> new IllegalArgumentException(
                        "cannot tell the format of " + file + "; give --format, one of: " + known()));
    }

    /** Every format's CLI name, comma separated. */
    public static String known() {
        return Arrays.stream(IngestFormat.values()).map(IngestFormat::cliName).collect(Collectors.joining(", "));
    }

    /**
     * Loads {@code files} in order, each in {@code formatName} or its detected format (resolved just before it
     * loads, so the files before one that cannot be told are kept); returns the reports summed, null for no file.
     */
    public IngestReport ingestAll(List<Path> files, String formatName, Listener listener) throws IOException {
        IngestReport total = null;
        for (Path f : files) {
            IngestReport r = ingest(new Source(f, format(f, formatName)), listener);
            total = total == null ? r : total.plus(r);
        }
        return total;
    }

    /** Loads one file in its format in one transaction and returns its report. */
    public IngestReport ingest(Source source, Listener listener) {
        ProgressListener progress = listener.starting(source);
        IngestReport r;
        try {
            r = EventStore.of(store)
                    .ingestFile(source.file(), source.format(), policy, MappingOptions.defaults(), progress);
        } finally {
            if (progress instanceof AutoCloseable c) {
                close(c);
            }
        }
        listener.finished(source, r);
        return r;
    }

    /** Loads one file without progress reports. */
    public IngestReport ingest(Path file, IngestFormat format) {
        return ingest(new Source(file, format), new Listener() {
            @Override
            public ProgressListener starting(Source source) {
                return ProgressListener.NONE;
            }

            @Override
            public void finished(Source source, IngestReport report) {}
        });
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the progress display: " + e.getMessage(), e);
        }
    }
}
