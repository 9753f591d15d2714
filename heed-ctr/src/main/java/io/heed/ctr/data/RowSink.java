package io.heed.ctr.data;

/** Receives rows as a reader parses them (streaming, so big files never sit in memory as requests). */
@FunctionalInterface
public interface RowSink {
    void accept(LabelledRow row);
}
