package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeOrderedBufferTest {

    private static SimEvent at(long ts, int position) {
        return new SimEvent(
                ts,
                EventType.IMPRESSION,
                0,
                0,
                false,
                0,
                -1,
                Double.NaN,
                Placement.HOME_FEED,
                position,
                1,
                SimEvent.Page.FEED,
                1,
                0.1,
                0.01);
    }

    @Test
    void writesInTimeOrderKeepingGenerationOrderForTiesAndHoldsLaterEvents() throws IOException {
        TimeOrderedBuffer buffer = new TimeOrderedBuffer(1_000);
        buffer.emit(at(500, 0));
        buffer.emit(at(100, 1));
        buffer.emit(at(500, 2));
        buffer.emit(at(900, 3));
        List<SimEvent> out = new ArrayList<>();

        buffer.flushBefore(600, out::add);

        assertThat(out).extracting(SimEvent::position).containsExactly(1, 0, 2);
        buffer.emit(at(700, 4));
        buffer.flushAll(out::add);
        assertThat(out).extracting(SimEvent::position).containsExactly(1, 0, 2, 4, 3);
    }

    @Test
    void dropsEventsAfterTheWindow() throws IOException {
        TimeOrderedBuffer buffer = new TimeOrderedBuffer(1_000);
        buffer.emit(at(999, 0));
        buffer.emit(at(1_000, 1));
        List<SimEvent> out = new ArrayList<>();

        buffer.flushAll(out::add);

        assertThat(out).hasSize(1);
        assertThat(buffer.accepted()).isEqualTo(1);
        assertThat(buffer.dropped()).isEqualTo(1);
    }
}
