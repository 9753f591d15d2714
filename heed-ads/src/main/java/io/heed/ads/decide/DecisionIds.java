package io.heed.ads.decide;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Unique decision ids: a random per-process prefix and a counter, so two servers never collide. */
final class DecisionIds {
    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    DecisionIds() {
        this.prefix = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    }

    String next() {
        return prefix + "-" + Long.toString(next.incrementAndGet(), 36);
    }
}
