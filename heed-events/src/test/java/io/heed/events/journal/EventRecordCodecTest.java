package io.heed.events.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.events.model.Event;
import io.heed.events.model.EventContext;
import io.heed.journal.RecordBytes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Events as journal records: every field, set or null, reads back as written; damaged bytes are refused. */
class EventRecordCodecTest {
    private static ByteBuffer bytes(Event e) {
        RecordBytes b = EventRecordCodec.encode(e);
        return ByteBuffer.wrap(Arrays.copyOf(b.bytes(), b.length()));
    }

    @Test
    void everyFieldReadsBackAsWritten() {
        Event full = new Event(
                "t",
                "ad-click-d-1-0",
                "click",
                "u-ü",
                "anon",
                "item",
                "k1",
                Instant.parse("2026-11-28T21:00:00.123456789Z"),
                12.5,
                new EventContext("feed", 3, "mobile", "ios", "FR", "s1", "/home"),
                "{\"campaign\":\"c1\"}");
        Event sparse = new Event(
                "t", "e2", "impression", "u1", null, null, "k2", Instant.EPOCH, null, EventContext.EMPTY, null);
        assertThat(EventRecordCodec.decode(bytes(full))).isEqualTo(full);
        assertThat(EventRecordCodec.decode(bytes(sparse))).isEqualTo(sparse);
    }

    @Test
    void damagedRecordsAreRefused() {
        ByteBuffer whole =
                bytes(new Event("t", "e", "view", "u", null, "i", null, Instant.EPOCH, 1.0, EventContext.EMPTY, null));
        byte[] b = new byte[whole.remaining()];
        whole.get(b);
        for (int cut : new int[] {0, 1, b.length / 2, b.length - 1}) {
            assertThatThrownBy(() -> EventRecordCodec.decode(ByteBuffer.wrap(Arrays.copyOf(b, cut))))
                    .as("cut at %d", cut)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] kind = b.clone();
        kind[0] = 'X';
        assertThatThrownBy(() -> EventRecordCodec.decode(ByteBuffer.wrap(kind))).hasMessageContaining("not an event");
        assertThatThrownBy(() -> EventRecordCodec.decode(ByteBuffer.wrap(Arrays.copyOf(b, b.length + 1))))
                .hasMessageContaining("after the event");
    }
}
