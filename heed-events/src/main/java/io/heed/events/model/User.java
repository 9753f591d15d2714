package io.heed.events.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A known user and the purposes they consented to. Unknown users have no consent (the safe default). */
public record User(String tenantId, String userId, Set<ConsentPurpose> consents, Instant createdAt, String geo) {
    public User {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(userId, "userId");
        consents = consents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consents));
    }

    public boolean consentsTo(ConsentPurpose purpose) {
        return consents.contains(purpose);
    }
}
