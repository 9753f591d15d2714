package io.heed.bench.loop;

import io.heed.events.model.Event;
import io.heed.events.model.EventContext;
import io.heed.events.port.EventAppender;
import io.heed.sim.AdSpec;
import io.heed.sim.Outcome;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Feedback comes back as new events: every served arrival of the closed loop becomes an {@code impression}
 * (value 0: these ads are billed per click), a {@code click} carrying its price when clicked, and a
 * {@code purchase} of the landing item (with the ad id and its value) when converted. Events are appended to the
 * store in batches, so reports and experiment analyses read them like any other.
 */
public final class LoopEvents implements SimulatedAbTest.Listener, AutoCloseable {
    private static final int BATCH = 250_000;
    private final EventAppender store;
    private final String tenant;
    private final String source;
    private final List<AdSpec> ads;
    private final List<Event> pending = new ArrayList<>();
    private long n;
    private long written;

    public LoopEvents(EventAppender store, String tenant, String source, SimWorld world) {
        this.store = store;
        this.tenant = tenant;
        this.source = source;
        this.ads = world.ads();
    }

    @Override
    public void served(Instant at, Visitor v, String variant, Outcome o) {
        AdSpec ad = ads.get(o.ad());
        String id = source + "-" + (++n);
        Event impression = Event.builder()
                .tenantId(tenant)
                .eventId(id + "-i")
                .type("impression")
                .userId(v.userId())
                .adId(ad.id())
                .timestamp(at)
                .value(0.0)
                .context(EventContext.builder()
                        .placement(v.placement())
                        .position(v.position())
                        .geo(v.geo())
                        .sessionId(id)
                        .page("feed/1")
                        .build())
                .build();
        pending.add(impression);
        if (o.click()) {
            pending.add(impression.toBuilder()
                    .eventId(id + "-c")
                    .type("click")
                    .timestamp(at.plusSeconds(2))
                    .value(o.revenue())
                    .build());
        }
        if (o.conversion()) {
            pending.add(Event.builder()
                    .tenantId(tenant)
                    .eventId(id + "-p")
                    .type("purchase")
                    .userId(v.userId())
                    .itemId(ad.landingItemId())
                    .adId(ad.id())
                    .timestamp(at.plusSeconds(600))
                    .value(o.conversionValue())
                    .context(EventContext.builder()
                            .geo(v.geo())
                            .sessionId(id)
                            .page("checkout")
                            .build())
                    .build());
        }
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            store.append(source, List.copyOf(pending), List.of());
            written += pending.size();
            pending.clear();
        }
    }

    /** Events written so far (after {@link #close}: all of them). */
    public long written() {
        return written;
    }

    @Override
    public void close() {
        flush();
    }
}
