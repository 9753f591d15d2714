package io.heed.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A durable queue of byte records on local disk: what serving has acknowledged is in the journal before the answer
 * leaves, and a {@link JournalLoader} moves it into the store off the serving threads, exactly once. Each producer
 * thread appends to its own lane (memory-mapped segment files, no lock shared between threads): an append is a
 * copy into the page cache, which survives the process being killed. Files are named
 * {@code <epoch>-<lane>-<segment>.seg}; the epoch is new for every journal opened on the directory and holds the
 * lock {@code <epoch>.lock} while open, so the lanes of a process that is gone (its lock free) are told apart from
 * live ones and recovered.
 */
public final class Journal implements AutoCloseable {
    /**
     * Default segment size: about half a second of one lane's auctions at full load. Each is written out when made
     * (a few ms, off the serving thread), and a lane holds its current one and a spare.
     */
    public static final int DEFAULT_SEGMENT_BYTES = 8 << 20;

    private static final Pattern FILE = Pattern.compile("(\\d+-\\d+)-(\\d+)\\.seg");
    private static final Pattern LOCK = Pattern.compile("(\\d+)\\.lock");

    final String name;
    final Path dir;
    private final int segmentBytes;
    private final String epoch;
    private final FileChannel lockChannel;
    private final AtomicInteger laneNumbers = new AtomicInteger();
    final List<JournalLane> lanes = new CopyOnWriteArrayList<>();
    private final ThreadLocal<JournalLane> own = new ThreadLocal<>();
    private final TreeMap<String, List<JournalSegment>> leftovers;
    private final java.util.Set<String> deadEpochs = new java.util.HashSet<>();
    private volatile boolean closed;

    private Journal(
            String name,
            Path dir,
            int segmentBytes,
            String epoch,
            FileChannel lockChannel,
            TreeMap<String, List<JournalSegment>> leftovers) {
        this.name = name;
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.epoch = epoch;
        this.lockChannel = lockChannel;
        this.leftovers = leftovers;
    }

    /**
     * Opens (creating) the journal {@code name} in {@code dir}; the segments earlier processes left there are kept
     * for {@link JournalLoader} to recover before anything new is loaded.
     */
    public static Journal open(Path dir, String name, int segmentBytes) {
        if (segmentBytes < 4096 || segmentBytes % 8 != 0) {
            throw new IllegalArgumentException("segment size must be a multiple of 8 and >= 4096, was " + segmentBytes);
        }
        synchronized (Journal.class) { // the epoch choice, between journals of this process
            try {
                Files.createDirectories(dir);
                try (FileChannel d = FileChannel.open(
                        dir.resolve("open.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    FileLock between = d.lock(); // ... and of other processes; also released when d closes
                    try {
                        return openLocked(dir, name, segmentBytes);
                    } finally {
                        between.release();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open journal " + dir, e);
            }
        }
    }

    private static Journal openLocked(Path dir, String name, int segmentBytes) throws IOException {
        TreeMap<String, List<Path>> segmentsByEpoch = new TreeMap<>();
        List<Path> spares = new ArrayList<>();
        java.util.Set<String> epochs = new java.util.TreeSet<>();
        long lastEpoch = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String file = f.getFileName().toString();
                Matcher m = FILE.matcher(file);
                Matcher l = LOCK.matcher(file);
                String e = m.matches()
                        ? m.group(1).substring(0, m.group(1).indexOf('-'))
                        : l.matches() ? l.group(1) : null;
                if (e != null) {
                    epochs.add(e);
                    lastEpoch = Math.max(lastEpoch, Long.parseLong(e));
                }
                if (m.matches()) {
                    segmentsByEpoch
                            .computeIfAbsent(m.group(1), k -> new ArrayList<>())
                            .add(f);
                } else if (file.endsWith(".spare") && e == null) {
                    spares.add(f); // made ahead by a process, never written: deleted below when that one is gone
                    epochs.add(file.substring(0, file.indexOf('-')));
                }
            }
        }
        String epoch = Long.toString(Math.max(System.currentTimeMillis(), lastEpoch + 1));
        FileChannel own =
                FileChannel.open(dir.resolve(epoch + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        own.lock();
        // an epoch whose lock nobody holds belongs to a process that is gone: its lanes are to be recovered
        java.util.Set<String> dead = new java.util.HashSet<>();
        for (String e : epochs) {
            if (isDead(dir.resolve(e + ".lock"))) {
                dead.add(e);
            }
        }
        for (Path f : spares) {
            String spare = f.getFileName().toString();
            if (dead.contains(spare.substring(0, spare.indexOf('-')))) {
                Files.deleteIfExists(f);
            }
        }
        TreeMap<String, List<JournalSegment>> old = new TreeMap<>();
        segmentsByEpoch.forEach((lane, files) -> {
            if (dead.contains(lane.substring(0, lane.indexOf('-')))) {
                List<JournalSegment> chain = new ArrayList<>();
                for (Path f : files) {
                    Matcher m = FILE.matcher(f.getFileName().toString());
                    m.matches();
                    chain.add(JournalSegment.openForReading(f, Long.parseLong(m.group(2))));
                }
                chain.sort((a, b) -> Long.compare(a.seq, b.seq));
                old.put(lane, chain);
            }
        });
        Journal j = new Journal(name, dir, segmentBytes, epoch, own, old);
        j.deadEpochs.addAll(dead);
        return j;
    }

    private static boolean isDead(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // a live journal of this process
        }
    }

    /** Deletes the lock files of the processes whose lanes were recovered. */
    void forgetDeadEpochs() {
        for (String e : deadEpochs) {
            try {
                Files.deleteIfExists(dir.resolve(e + ".lock"));
            } catch (IOException x) {
                org.slf4j.LoggerFactory.getLogger(Journal.class).warn("cannot delete {}: {}", e, x.toString());
            }
        }
        deadEpochs.clear();
    }

    /**
     * Appends one record (the first {@code length} bytes of {@code payload}) to the calling thread's lane. When it
     * returns the record survives the process being killed.
     */
    public void append(byte[] payload, int length) {
        if (closed) {
            throw new IllegalStateException("journal " + name + " is closed");
        }
        JournalLane lane = own.get();
        if (lane == null) {
            lane = JournalLane.forWriting(epoch + "-" + laneNumbers.getAndIncrement(), dir, segmentBytes);
            lanes.add(lane);
            own.set(lane);
        }
        lane.append(payload, length);
    }

    /** Appends a record encoded into {@code record} (see {@link #append(byte[], int)}). */
    public void append(RecordBytes record) {
        append(record.bytes(), record.length());
    }

    /** Bytes appended and not yet in the store. */
    public long backlogBytes() {
        long n = 0;
        for (JournalLane l : lanes) {
            n += l.backlogBytes();
        }
        return n;
    }

    /** Records appended and not yet in the store. */
    public long backlogRecords() {
        long n = 0;
        for (JournalLane l : lanes) {
            n += l.backlogRecords();
        }
        return n;
    }

    /** The segment chains earlier processes left, by lane; handed over once, to recovery. */
    synchronized Map<String, List<JournalSegment>> takeLeftovers() {
        Map<String, List<JournalSegment>> out = new TreeMap<>(leftovers);
        leftovers.clear();
        return out;
    }

    /** Refuses appends from now on. */
    void stopAppends() {
        closed = true;
    }

    @Override
    public void close() {
        closed = true;
        try {
            lockChannel.close(); // releases the lock (also when an interrupt closed the channel already)
            if (lanes.stream().allMatch(l -> l.backlogRecords() == 0)) {
                Files.deleteIfExists(dir.resolve(epoch + ".lock"));
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Journal.class)
                    .warn("journal {}: closing its lock: {}", dir, e.toString());
        }
    }
}
