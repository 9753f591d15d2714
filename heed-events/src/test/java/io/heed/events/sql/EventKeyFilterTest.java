package io.heed.events.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventKeyFilterTest {
    @Test
    void everyAddedKeyIsFoundThroughGrowthAndUnseenKeysMostlyAreNot() {
        EventKeyFilter f = new EventKeyFilter();
        for (int i = 0; i < 300_000; i++) {
            f.add(EventKeyFilter.hash("default", "e" + i));
        }
        assertThat(f.size()).isEqualTo(300_000);
        for (int i = 0; i < 300_000; i++) {
            assertThat(f.mightContain(EventKeyFilter.hash("default", "e" + i))).isTrue();
        }
        int falseHits = 0;
        for (int i = 300_000; i < 600_000; i++) {
            falseHits += f.mightContain(EventKeyFilter.hash("default", "e" + i)) ? 1 : 0;
        }
        assertThat(falseHits).isZero();
        // Tenant and id are separated: ("ab", "c") is not ("a", "bc").
        assertThat(EventKeyFilter.hash("ab", "c")).isNotEqualTo(EventKeyFilter.hash("a", "bc"));
    }

    @Test
    void hashesSpreadOverAllBits() {
        SplittableRandom r = new SplittableRandom(1);
        long or = 0;
        long and = -1;
        for (int i = 0; i < 1000; i++) {
            long h = EventKeyFilter.hash("t", Long.toString(r.nextLong()));
            or |= h;
            and &= h;
            assertThat(h).isNotZero();
        }
        assertThat(or).isEqualTo(-1L);
        assertThat(and).isZero();
    }
}
