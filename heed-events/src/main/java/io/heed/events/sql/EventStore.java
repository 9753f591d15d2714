package io.heed.events.sql;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.port.EventAppender;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.Dialect;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The events room's writes on the store: file ingest (events and catalogs) and appends of validated events, with
 * the embedded store's fingerprints of stored event keys kept once per store ({@link HeedStore#shared}).
 */
public final class EventStore implements EventAppender {
    private final HeedStore store;
    /** Fingerprints of stored event keys for fast appends; embedded store only, loaded on first use. */
    private EventKeyFilter eventKeys;

    private EventStore(HeedStore store) {
        this.store = store;
    }

    /** The events room's writer of this store (one per store, so the key fingerprints exist once). */
    public static EventStore of(HeedStore store) {
        return store.shared(EventStore.class, EventStore::new);
    }

    /** Ingests one file in one transaction: all of it is stored (valid rows, quarantined rows) or none. */
    public IngestReport ingestFile(
            Path file,
            IngestFormat format,
            ValidationPolicy policy,
            MappingOptions options,
            ProgressListener progress) {
        if (format.kind() != IngestFormat.Kind.EVENTS) {
            return store.write(c -> new CatalogLoader(store.dialect()).load(c, file, format, policy.defaultTenant()));
        }
        ValidationPolicy effective = format.earliestPlausible()
                .filter(e -> e.isBefore(policy.earliest()))
                .map(policy::withEarliest)
                .orElse(policy);
        IngestReport report = new FileIngest(store, effective, options).ingest(file, format, progress);
        store.exclusive(c -> {
            eventKeys = null; // reloaded on the next append, so it covers this file's events
            return null;
        });
        return report;
    }

    @Override
    public AppendResult append(String source, List<Event> events, List<Quarantined> quarantined) {
        return store.write(
                c -> new EventBatchWriter(store.dialect()).write(c, source, events, quarantined, keyFilter(c)));
    }

    /**
     * Prepares for a stream of appends (the HTTP server calls it at start): on the embedded store, loads the
     * fingerprints of stored event keys now rather than during the first request.
     */
    public void prepareForAppends() {
        store.exclusive(this::keyFilter);
    }

    /** Called under the store's writer lock only. */
    private EventKeyFilter keyFilter(Connection c) throws SQLException {
        if (store.dialect() != Dialect.DUCKDB) {
            return null; // PostgreSQL has a primary key: its duplicate check is an index lookup
        }
        if (eventKeys == null) {
            eventKeys = EventKeyFilter.load(c);
        }
        return eventKeys;
    }
}
