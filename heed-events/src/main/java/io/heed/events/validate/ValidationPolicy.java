package io.heed.events.validate;

import io.heed.events.model.EventTypes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The configurable part of validation. {@code earliest} rejects timestamps from broken clocks (epoch 0,
 * seconds read as milliseconds); {@code futureSkew} tolerates client clocks that run ahead;
 * {@code maxFieldLength} (UTF-8 bytes) bounds ids and context strings so one bad client cannot bloat the store.
 */
public record ValidationPolicy(
        EventTypes types,
        String defaultTenant,
        Instant earliest,
        Duration futureSkew,
        int maxFieldLength,
        Clock clock) {
    /** The default earliest accepted instant: live platforms log no behaviour from before 2000. */
    public static final Instant DEFAULT_EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public ValidationPolicy {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(earliest, "earliest");
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
        return new ValidationPolicy(
                EventTypes.builtIn(), "default", DEFAULT_EARLIEST, Duration.ofMinutes(5), 256, Clock.systemUTC());
    }

    public ValidationPolicy withClock(Clock c) {
        return new ValidationPolicy(types, defaultTenant, earliest, futureSkew, maxFieldLength, c);
    }

    public ValidationPolicy withTypes(EventTypes t) {
        return new ValidationPolicy(t, defaultTenant, earliest, futureSkew, maxFieldLength, clock);
    }

    public ValidationPolicy withDefaultTenant(String tenant) {
        return new ValidationPolicy(types, tenant, earliest, futureSkew, maxFieldLength, clock);
    }

    /** The same policy with another earliest accepted instant (historical data sets). */
    public ValidationPolicy withEarliest(Instant e) {
        return new ValidationPolicy(types, defaultTenant, e, futureSkew, maxFieldLength, clock);
    }

    /** The latest accepted timestamp at this moment. */
    public Instant latestAccepted() {
        return clock.instant().plus(futureSkew);
    }
}
