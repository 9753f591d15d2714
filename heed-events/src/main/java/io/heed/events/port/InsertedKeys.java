package io.heed.events.port;

import java.util.Set;

/**
 * Reads back which events the latest committed append of a source actually inserted. The group-commit writer asks
 * only when the store reported duplicates, to attribute them to the requests of the group.
 */
@FunctionalInterface
public interface InsertedKeys {
    Set<EventKey> ofLatestAppend(String source);

    /** The idempotency key of an event: tenant and event id. */
    record EventKey(String tenantId, String eventId) {}
}
