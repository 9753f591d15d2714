package io.heed.ctr.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrSynthetic;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.ftrl.FtrlConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OnlineFtrlTest {

    @Test
    void learnsFromTheStreamWhileReadersKeepScoringCompleteSnapshots() throws InterruptedException {
        List<CtrSynthetic.Row> rows = CtrSynthetic.rows(30_000, 11);
        OnlineFtrl online = new OnlineFtrl(CtrSynthetic.SPEC, new FtrlConfig(0.1, 1, 0.5, 1, 1), 1_000);
        CtrRequest probe = rows.get(0).request();
        double before = online.predict(probe);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (!done.get()) {
                    double p = online.predict(probe);
                    if (!(p > 0 && p < 1)) {
                        throw new AssertionError("served " + p);
                    }
                    reads.incrementAndGet();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        CtrModel first = online.current();
        DriftMonitor drift = new DriftMonitor(2_000, 0.70, 0.05, 1.3);
        for (CtrSynthetic.Row r : rows) {
            drift.observe(online.predict(r.request()), r.label() > 0);
            online.learn(r.request(), r.label() > 0);
        }
        done.set(true);
        reader.join();

        assertThat(failure.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(online.snapshotsPublished()).isGreaterThanOrEqualTo(30);
        assertThat(online.current()).isNotSameAs(first);
        assertThat(online.predict(probe)).isNotEqualTo(before);
        DriftMonitor.Status s = drift.status();
        assertThat(s.rollingAuc()).isGreaterThan(0.66);
        assertThat(s.healthy()).as(s.warnings().toString()).isTrue();
    }

    @Test
    void driftMonitorWarnsWhenQualityAndCalibrationFall() {
        DriftMonitor m = new DriftMonitor(1_000, 0.75, 0.05, 1.25);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            // predictions unrelated to outcomes, and twice the observed rate
            m.observe(0.2 * rnd.nextDouble(), rnd.nextDouble() < 0.05);
        }
        DriftMonitor.Status s = m.status();

        assertThat(s.healthy()).isFalse();
        assertThat(s.warnings()).anyMatch(w -> w.contains("rolling AUC")).anyMatch(w -> w.contains("calibration"));
    }
}
