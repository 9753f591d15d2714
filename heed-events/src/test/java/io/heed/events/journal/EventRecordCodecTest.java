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
        Event full = Event.builder()
                .tenantId("t")
                .eventId("ad-click-d-1-0")
                .type("click")
                .userId("u-ü")
                .anonymousId("anon")
                .itemId("item")
                .adId("k1")
                .timestamp(Instant.parse("2026-11-28T21:00:00.123456789Z"))
                .value(12.5)
                .context(EventContext.builder()
                        .placement("feed")
                        .position(3)
                        .device("mobile")
                        .platform("ios")
                        .geo("FR")
                        .sessionId("s1")
                        .page("/home")
                        .build())
                .attributes("{\"campaign\":\"c1\"}")
                .build();
        Event sparse = Event.builder()
                .tenantId("t")
                .eventId("e2")
                .type("impression")
                .userId("u1")
                .adId("k2")
                .timestamp(Instant.EPOCH)
                .build();
        assertThat(EventRecordCodec.decode(bytes(full))).isEqualTo(full);
        assertThat(EventRecordCodec.decode(bytes(sparse))).isEqualTo(sparse);
    }

    @Test
    void damagedRecordsAreRefused() {
        ByteBuffer whole = bytes(Event.builder()
                .tenantId("t")
                .eventId("e")
                .type("view")
                .userId("u")
                .itemId("i")
                .timestamp(Instant.EPOCH)
                .value(1.0)
                .build());
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
