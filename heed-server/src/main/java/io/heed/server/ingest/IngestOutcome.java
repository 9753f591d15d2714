package io.heed.server.ingest;

import io.heed.events.ingest.Quarantined;
import java.util.List;

/**
 * What one request's batch became once its group was committed: of {@code received} records, {@code accepted}
 * were new and stored, {@code duplicates} were valid but already stored (or repeated earlier in the same group), and
 * {@code quarantined} failed validation and were stored in the quarantine table.
 */
public record IngestOutcome(int received, long accepted, long duplicates, List<Quarantined> quarantined) {
    public IngestOutcome {
        quarantined = List.copyOf(quarantined);
    }
}
