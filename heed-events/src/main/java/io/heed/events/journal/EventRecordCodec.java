package io.heed.events.journal;

import io.heed.events.model.Event;
import io.heed.events.model.EventContext;
import io.heed.journal.RecordBytes;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * An {@link Event} as journal bytes and back: a kind byte, then the fields in order (strings as int length, -1 for
 * null, and UTF-8; the time as epoch seconds and nanos; optional numbers behind a presence byte).
 */
final class EventRecordCodec {
    private static final byte KIND = 'E';

    private EventRecordCodec() {}

    /** The calling thread's buffer holding {@code e}; valid until that thread's next call. */
    static RecordBytes encode(Event e) {
        RecordBytes o = RecordBytes.forThisThread();
        o.put(KIND);
        o.putString(e.tenantId());
        o.putString(e.eventId());
        o.putString(e.type());
        o.putString(e.userId());
        o.putString(e.anonymousId());
        o.putString(e.itemId());
        o.putString(e.adId());
        o.putLong(e.timestamp().getEpochSecond());
        o.putInt(e.timestamp().getNano());
        o.put((byte) (e.value() == null ? 0 : 1));
        if (e.value() != null) {
            o.putLong(Double.doubleToRawLongBits(e.value()));
        }
        EventContext c = e.context() == null ? EventContext.none() : e.context();
        o.putString(c.placement());
        o.put((byte) (c.position() == null ? 0 : 1));
        if (c.position() != null) {
            o.putInt(c.position());
        }
        o.putString(c.device());
        o.putString(c.platform());
        o.putString(c.geo());
        o.putString(c.sessionId());
        o.putString(c.page());
        o.putString(e.attributes());
        return o;
    }

    /** Reads an event; throws {@link IllegalArgumentException} when the bytes are not one. */
    static Event decode(ByteBuffer in) {
        try {
            ByteBuffer r = in.duplicate();
            if (r.get() != KIND) {
                throw new IllegalArgumentException("not an event record");
            }
            String tenant = string(r);
            String id = string(r);
            String type = string(r);
            String user = string(r);
            String anonymous = string(r);
            String item = string(r);
            String ad = string(r);
            Instant ts = Instant.ofEpochSecond(r.getLong(), r.getInt());
            Double value = r.get() == 0 ? null : Double.longBitsToDouble(r.getLong());
            String placement = string(r);
            Integer position = r.get() == 0 ? null : r.getInt();
            EventContext context =
                    new EventContext(placement, position, string(r), string(r), string(r), string(r), string(r));
            String attributes = string(r);
            if (r.hasRemaining()) {
                throw new IllegalArgumentException(r.remaining() + " bytes after the event");
            }
            return new Event(tenant, id, type, user, anonymous, item, ad, ts, value, context, attributes);
        } catch (java.nio.BufferUnderflowException | NullPointerException e) {
            throw new IllegalArgumentException("malformed event record: " + e, e);
        }
    }

    private static String string(ByteBuffer r) {
        return RecordBytes.readString(r);
    }
}
