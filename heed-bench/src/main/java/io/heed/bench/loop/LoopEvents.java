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
        EventContext ctx = new EventContext(v.placement(), v.position(), null, null, v.geo(), id, "feed/1");
        pending.add(new Event(tenant, id + "-i", "impression", v.userId(), null, null, ad.id(), at, 0.0, ctx, null));
        if (o.click()) {
            pending.add(new Event(
                    tenant,
                    id + "-c",
                    "click",
                    v.userId(),
                    null,
                    null,
                    ad.id(),
                    at.plusSeconds(2),
                    o.revenue(),
                    ctx,
                    null));
        }
        if (o.conversion()) {
            pending.add(new Event(
                    tenant,
                    id + "-p",
                    "purchase",
                    v.userId(),
                    null,
                    ad.landingItemId(),
                    ad.id(),
                    at.plusSeconds(600),
                    o.conversionValue(),
                    new EventContext(null, null, null, null, v.geo(), id, "checkout"),
                    null));
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
