package io.heed.events.validate;

import io.heed.events.model.EventTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The configurable part of validation. {@code futureSkew} tolerates client clocks that run ahead;
 * {@code maxFieldLength} bounds ids and context strings so one bad client cannot bloat the store.
 */
public record ValidationPolicy(EventTypes types, String defaultTenant, Duration futureSkew, int maxFieldLength,
                               Clock clock) {
    /** Events before this instant are rejected: no platform in scope logged behaviour before 2000. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public ValidationPolicy {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(clock, "clock");
        if (defaultTenant == null || defaultTenant.isBlank()) {
            throw new IllegalArgumentException("defaultTenant must be non-blank");
        }
        if (futureSkew.isNegative()) {
            throw new IllegalArgumentException("futureSkew must be >= 0, was " + futureSkew);
        }
        if (maxFieldLength < 16) {
            throw new IllegalArgumentException("maxFieldLength must be >= 16, was " + maxFieldLength);
        }
    }

    public static ValidationPolicy defaults() {
        return new ValidationPolicy(EventTypes.builtIn(), "default", Duration.ofMinutes(5), 256, Clock.systemUTC());
    }

    public ValidationPolicy withClock(Clock c) {
        return new ValidationPolicy(types, defaultTenant, futureSkew, maxFieldLength, c);
    }

    public ValidationPolicy withTypes(EventTypes t) {
        return new ValidationPolicy(t, defaultTenant, futureSkew, maxFieldLength, clock);
    }

    public ValidationPolicy withDefaultTenant(String tenant) {
        return new ValidationPolicy(types, tenant, futureSkew, maxFieldLength, clock);
    }

    /** The latest accepted timestamp at this moment. */
    public Instant latestAccepted() {
        return clock.instant().plus(futureSkew);
    }
}
