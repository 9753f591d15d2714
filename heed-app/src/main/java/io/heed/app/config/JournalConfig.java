package io.heed.app.config;

import java.nio.file.Path;

/**
 * The {@code journal} section of heed.yaml: the durable local log where serving writes what it has acknowledged
 * (auctions, tracking hits) before the store has it.
 *
 * @param dir          on local disk that outlives the process. Null: {@code heed serve} uses
 *                     {@code <store.dataDir>/journal}; a server started in process uses {@code journal/} beside an
 *                     embedded store file, else a temporary directory (a crash then loses what was not loaded)
 * @param backlogBytes journaled records not yet in the store beyond which serving sheds (503), per journal
 *                     (default 512 MiB: about 20 s of auctions at full load on two cores)
 */
public record JournalConfig(Path dir, long backlogBytes) {
    /** The default of {@link #backlogBytes}. */
    public static final long DEFAULT_BACKLOG_BYTES = 512L << 20;

    public JournalConfig {
        if (backlogBytes < (1L << 20)) {
            throw new IllegalArgumentException("backlogBytes must be >= 1048576 (1 MiB), was " + backlogBytes);
        }
    }

    public static JournalConfig defaults() {
        return new JournalConfig(null, DEFAULT_BACKLOG_BYTES);
    }

    public JournalConfig withDir(Path d) {
        return new JournalConfig(d, backlogBytes);
    }

    public JournalConfig withBacklogBytes(long bytes) {
        return new JournalConfig(dir, bytes);
    }
}
