package io.heed.server.ingest;

import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import java.util.List;

/**
 * One request's batch after parsing and validation: {@code received} records, of which {@code events} passed
 * validation and {@code quarantined} did not (each with its index in the batch, raw JSON text and reason).
 */
public record ParsedBatch(int received, List<Event> events, List<Quarantined> quarantined) {
    public ParsedBatch {
        events = List.copyOf(events);
        quarantined = List.copyOf(quarantined);
        if (events.size() + quarantined.size() != received) {
            throw new IllegalArgumentException("received " + received + " but " + events.size() + " valid and "
                    + quarantined.size() + " quarantined");
        }
    }

    /** The rows this batch adds to a group commit (valid plus quarantined). */
    public int rows() {
        return received;
    }
}
