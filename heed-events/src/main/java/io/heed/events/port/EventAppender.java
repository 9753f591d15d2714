package io.heed.events.port;

import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import java.util.List;

/**
 * Stores validated events and quarantined records in one transaction. When {@link #append} returns, the data is
 * durable (committed); duplicates by (tenant, event id) are ignored and counted. Identity links carried by the
 * events (both a user id and an anonymous id) are recorded and applied.
 */
public interface EventAppender {
    AppendResult append(String source, List<Event> events, List<Quarantined> quarantined);

    /** The outcome of one append. */
    record AppendResult(long inserted, long duplicates, long quarantined, long newIdentityLinks) {}
}
