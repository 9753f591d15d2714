package io.heed.server.ads;

import io.heed.profiles.sql.PersonaLabels;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The persona of each user as the revenue stage labelled it ({@code user_personas}), held in memory so that
 * {@code /v1/decide} can fill in the persona of callers that know only the user, without a database read on the
 * event loop. The whole table is re-read on {@link #refresh} (the ads context does so once a minute): labels are
 * replaced as a whole when personas are reassigned, so a snapshot is never a mix of two assignments.
 */
final class PersonaCache {
    private final Supplier<Map<String, String>> source;
    private volatile Map<String, String> personaOfUser = Map.of();

    PersonaCache(Supplier<Map<String, String>> source) {
        this.source = source;
    }

    static PersonaCache of(PersonaLabels labels, String tenant) {
        return new PersonaCache(() -> labels.load(tenant));
    }

    /** Re-reads the labels; on failure keeps the previous ones (serving goes on) and logs why. */
    void refresh() {
        try {
            personaOfUser = Map.copyOf(source.get());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(PersonaCache.class).warn("persona labels not refreshed: {}", e.toString());
        }
    }

    /** The user's persona label, or null when the user is unknown (or null). */
    String personaOf(String userId) {
        return userId == null ? null : personaOfUser.get(userId);
    }

    int size() {
        return personaOfUser.size();
    }
}
