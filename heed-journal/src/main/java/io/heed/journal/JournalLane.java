package io.heed.journal;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The records of one producer thread, in the order it wrote them, as a chain of segments; read by the journal's
 * one consumer. Only its producer calls {@link #append}; only the consumer reads and frees segments. A lane left by
 * an earlier process (recovery) has no producer and is read from its checkpoint to the last whole record.
 */
final class JournalLane {
    /** Unique across processes that used the directory: {@code <epoch>-<lane number>}. */
    final String key;

    private final Path dir;
    private final int segmentBytes;
    /** The segments not yet freed, oldest first; the producer adds, the consumer removes. */
    private final ConcurrentLinkedDeque<JournalSegment> segments = new ConcurrentLinkedDeque<>();
    /** The next segment, made ahead by the consumer so that the producer only renames it (writing 8 MiB of zeros
     * takes about 2 ms, too long for a serving thread). */
    private final AtomicReference<JournalSegment> spare = new AtomicReference<>();
    // producer state (active volatile: the consumer's deleteAll must never unmap the segment being written)
    private volatile JournalSegment active;
    private int writePos;
    private volatile long appendedBytes;
    private volatile long appendedRecords;
    // consumer state: committed (in the store) and tentative (read into the batch being written)
    private JournalSegment readSegment;
    private int readPos;
    private JournalSegment tentativeSegment;
    private int tentativePos;
    private volatile long consumedBytes;
    private volatile long consumedRecords;
    private long tentativeBytes;
    private boolean torn;
    private int tentativeRecords;

    private JournalLane(String key, Path dir, int segmentBytes) {
        this.key = key;
        this.dir = dir;
        this.segmentBytes = segmentBytes;
    }

    static JournalLane forWriting(String key, Path dir, int segmentBytes) {
        JournalLane lane = new JournalLane(key, dir, segmentBytes);
        lane.active = JournalSegment.create(lane.fileOf(0), 0, segmentBytes);
        lane.segments.add(lane.active);
        lane.readSegment = lane.active;
        lane.tentativeSegment = lane.active;
        return lane;
    }

    /** A lane of an earlier process: its segments (ascending), read from {@code seq}/{@code pos}. */
    static JournalLane forRecovery(String key, Path dir, List<JournalSegment> chain, long seq, int pos) {
        JournalLane lane = new JournalLane(key, dir, 0);
        for (JournalSegment s : chain) {
            if (s.seq < seq) {
                s.delete(true); // wholly in the store already
            } else {
                lane.segments.add(s);
            }
        }
        lane.readSegment = lane.segments.peekFirst();
        lane.readPos = lane.readSegment != null && lane.readSegment.seq == seq ? pos : 0;
        lane.tentativeSegment = lane.readSegment;
        lane.tentativePos = lane.readPos;
        return lane;
    }

    Path fileOf(long seq) {
        return dir.resolve(key + "-" + seq + ".seg");
    }

    /** Producer only. */
    void append(byte[] payload, int length) {
        if (JournalSegment.padded(length) + JournalSegment.HEADER > segmentBytes) {
            throw new IllegalArgumentException(
                    "journal record of " + length + " bytes exceeds the segment size " + segmentBytes);
        }
        int next = active.append(writePos, payload, length);
        if (next < 0) {
            long seq = active.seq + 1;
            JournalSegment ready = spare.getAndSet(null);
            JournalSegment fresh = ready != null
                    ? ready.adopt(fileOf(seq), seq)
                    : JournalSegment.create(fileOf(seq), seq, segmentBytes);
            segments.add(fresh); // before the end mark, so a reader that sees the mark finds the next segment
            active.seal(writePos);
            active = fresh;
            writePos = 0;
            next = active.append(0, payload, length);
        }
        writePos = next;
        appendedBytes += length;
        appendedRecords++;
    }

    /** Consumer: makes the next segment ahead of need, unless one is waiting (or the lane is a recovered one). */
    void prepareSpare() {
        if (segmentBytes > 0 && spare.get() == null) {
            spare.set(JournalSegment.create(dir.resolve(key + ".spare"), -1, segmentBytes));
        }
    }

    /** Consumer: flushes the newest segment to disk (older ones were flushed when they were newest). */
    void forceLast() {
        JournalSegment last = segments.peekLast();
        if (last != null) {
            last.force();
        }
    }

    /**
     * Consumer: the next record after what was read into the current batch, or null when none is there (yet).
     * Returns {@link #TORN}, once, when a record's checksum fails (only after a machine crash, in a recovered lane);
     * the lane ends there.
     */
    ByteBuffer next() {
        while (tentativeSegment != null && !torn) {
            int len = tentativeSegment.lengthAt(tentativePos);
            if (len == 0) {
                return null;
            }
            if (len == JournalSegment.END) {
                JournalSegment following = after(tentativeSegment);
                if (following == null) {
                    return null; // cannot happen: the producer adds the next segment before the mark
                }
                tentativeSegment = following;
                tentativePos = 0;
                continue;
            }
            ByteBuffer p = tentativeSegment.payload(tentativePos, len);
            if (p == null) {
                torn = true; // nothing after it can be trusted
                return TORN;
            }
            tentativePos += JournalSegment.padded(len);
            tentativeBytes += len;
            tentativeRecords++;
            return p;
        }
        return null;
    }

    static final ByteBuffer TORN = ByteBuffer.allocate(0);

    private JournalSegment after(JournalSegment s) {
        boolean found = false;
        for (JournalSegment x : segments) {
            if (found) {
                return x;
            }
            found = x == s;
        }
        return null;
    }

    /** Consumer: where the batch read so far ends (what the store's checkpoint records with it). */
    JournalCheckpoints.Position tentativeEnd() {
        return new JournalCheckpoints.Position(key, tentativeSegment.seq, tentativePos);
    }

    boolean readAnything() {
        return tentativeRecords > 0 || tentativeSegment != readSegment || tentativePos != readPos;
    }

    /** Consumer: the batch is in the store; frees the segments wholly read. */
    void commit() {
        readSegment = tentativeSegment;
        readPos = tentativePos;
        consumedBytes += tentativeBytes;
        consumedRecords += tentativeRecords;
        tentativeBytes = 0;
        tentativeRecords = 0;
        JournalSegment head;
        while ((head = segments.peekFirst()) != null && head != readSegment) {
            segments.pollFirst().delete(true);
        }
    }

    /** Consumer: the batch was not stored; it will be read again. */
    void rollback() {
        tentativeSegment = readSegment;
        tentativePos = readPos;
        tentativeBytes = 0;
        tentativeRecords = 0;
    }

    /** Consumer, once nothing more can come (closing, or a recovered lane read to its end): deletes its files. */
    void deleteAll() {
        JournalSegment unused = spare.getAndSet(null);
        if (unused != null) {
            unused.delete(true);
        }
        JournalSegment s;
        while ((s = segments.pollFirst()) != null) {
            s.delete(s != active); // a producer still holding its segment must never touch an unmapped one
        }
        readSegment = null;
        tentativeSegment = null;
    }

    long backlogBytes() {
        return appendedBytes - consumedBytes;
    }

    long backlogRecords() {
        return appendedRecords - consumedRecords;
    }

    long consumedRecords() {
        return consumedRecords;
    }
}
