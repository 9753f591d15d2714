package io.heed.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns generation order into time order with memory for about one day of events. Behaviour is generated one UTC
 * day at a time and never before the day being generated, so once day {@code d} is done every event earlier than
 * its end is known and can be written; later ones (sessions crossing midnight, delayed conversions) wait.
 * The sort is stable, so events with equal timestamps keep their generation order: the output is deterministic.
 * Events at or after the end of the window are dropped (the observation window closes).
 */
final class TimeOrderedBuffer implements EventSink {
    private static final Comparator<SimEvent> BY_TIME = Comparator.comparingLong(SimEvent::timestamp);

    private final long endMillis;
    private List<SimEvent> pending = new ArrayList<>();
    private long accepted;
    private long dropped;

    TimeOrderedBuffer(long endMillis) {
        this.endMillis = endMillis;
    }

    @Override
    public void emit(SimEvent event) {
        if (event.timestamp() >= endMillis) {
            dropped++;
            return;
        }
        pending.add(event);
        accepted++;
    }

    /** Writes, in time order, every pending event earlier than {@code before}. */
    void flushBefore(long before, EventOutput out) throws IOException {
        pending.sort(BY_TIME);
        int cut = 0;
        while (cut < pending.size() && pending.get(cut).timestamp() < before) {
            out.write(pending.get(cut++));
        }
        pending = new ArrayList<>(pending.subList(cut, pending.size()));
    }

    void flushAll(EventOutput out) throws IOException {
        flushBefore(Long.MAX_VALUE, out);
    }

    /** Events kept so far (inside the window). */
    long accepted() {
        return accepted;
    }

    long dropped() {
        return dropped;
    }
}
