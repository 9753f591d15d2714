package io.heed.ads.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncLogTest {
    @Test
    void aBacklogLeftAtCloseIsWrittenInFullBatchesInOrder() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        AsyncLog<Integer> log = new AsyncLog<>("test-log", 10_000, 1_000, batch -> {
            await(release);
            sizes.add(batch.size());
            written.addAll(batch);
        });
        for (int i = 0; i < 5_000; i++) {
            log.accept(i);
        }
        release.countDown(); // the first batch (taken before the backlog built up) may be short
        assertThat(log.close(60_000)).isTrue();
        assertThat(written).hasSize(5_000).isSorted();
        assertThat(log.written()).isEqualTo(5_000);
        assertThat(log.dropped()).isZero();
        assertThat(sizes.subList(1, sizes.size())).allMatch(n -> n == 1_000 || n == sizes.get(sizes.size() - 1));
        assertThat(sizes.size()).isLessThanOrEqualTo(6);
    }

    @Test
    void aFullQueueDropsAndCountsRatherThanBlocking() {
        CountDownLatch release = new CountDownLatch(1);
        AsyncLog<Integer> log = new AsyncLog<>("test-log", 10, 5, batch -> await(release));
        for (int i = 0; i < 100; i++) {
            log.accept(i);
        }
        assertThat(log.dropped()).isGreaterThanOrEqualTo(100 - 10 - 5);
        release.countDown();
        assertThat(log.close(60_000)).isTrue();
        assertThat(log.written() + log.dropped()).isEqualTo(100);
    }

    @Test
    void reportsNearlyFullBeforeItHasToDrop() {
        CountDownLatch release = new CountDownLatch(1);
        AsyncLog<Integer> log = new AsyncLog<>("test-log", 200, 1, batch -> await(release));
        int accepted = 0;
        while (!log.nearlyFull()) {
            log.accept(accepted++);
            assertThat(accepted).as("never nearly full").isLessThan(1_000);
        }
        assertThat(log.dropped()).as("the producer was told before anything was dropped").isZero();
        assertThat(log.pending()).isBetween(198, 200);
        release.countDown();
        assertThat(log.close(60_000)).isTrue();
        assertThat(log.written()).isEqualTo(accepted);
        assertThat(log.nearlyFull()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
