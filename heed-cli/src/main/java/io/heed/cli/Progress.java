package io.heed.cli;

import io.heed.events.ingest.ProgressListener;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on the terminal; without a terminal (CI, pipes) a plain line every 10%, since the bar library
 * would otherwise join its updates with carriage returns on one line.
 */
public final class Progress implements AutoCloseable, ProgressListener {
    private final ProgressBar bar;
    private final String task;
    private long lastDecile = -1;

    private Progress(String task, long total, String unit) {
        this.task = task;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setUnit(" " + unit, 1)
                .showSpeed()
                .continuousUpdate();
        if (System.console() == null) {
            b.setConsumer(new DelegatingProgressBarConsumer(line -> {}));
        }
        this.bar = b.build();
    }

    public static Progress start(String task, long total, String unit) {
        return new Progress(task, total, unit);
    }

    @Override
    public void progress(long done, long total) {
        if (total > 0 && total != bar.getMax()) {
            bar.maxHint(total);
        }
        bar.stepTo(done);
        if (System.console() == null && total > 0) {
            long decile = done * 10 / total;
            if (decile != lastDecile) {
                lastDecile = decile;
                System.err.printf("%s: %d%%%n", task, decile * 10);
            }
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
