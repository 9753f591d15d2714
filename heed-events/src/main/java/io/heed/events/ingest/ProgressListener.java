package io.heed.events.ingest;

/** Receives progress of a long operation; {@code total} is -1 when unknown. Called from any thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void progress(long done, long total);
}
