package io.heed.events.model;

/**
 * Where and how an event happened. Every field may be null (unknown). {@code position} is the 0-based slot in a
 * slate, or null when the event was not shown in a ranked list.
 */
public record EventContext(
        String placement, Integer position, String device, String platform, String geo, String sessionId, String page) {
    public static final EventContext EMPTY = new EventContext(null, null, null, null, null, null, null);
}
