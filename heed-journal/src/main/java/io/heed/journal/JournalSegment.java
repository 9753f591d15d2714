package io.heed.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * One memory-mapped file of a journal lane. Records are laid out as {@code [int length][int crc32c][payload]},
 * padded to 8 bytes; a length of 0 means nothing written there yet (a new file reads as zeros) and {@link #END}
 * that the lane continues in its next segment. The writer stores payload and checksum first and publishes the
 * length last with release semantics, so a reader that sees a length sees the whole record. Stores into a mapping
 * are in the kernel's page cache at once: a record survives the process being killed the moment {@link #append}
 * returns; {@link #force} flushes it to disk against a machine crash.
 */
final class JournalSegment {
    /** The length that says: continued in the next segment. */
    static final int END = -1;

    static final int HEADER = 8;
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

    final Path file;
    final long seq;
    private final MappedByteBuffer map;
    private final int size;

    private JournalSegment(Path file, long seq, MappedByteBuffer map) {
        this.file = file;
        this.seq = seq;
        this.map = map;
        this.size = map.capacity();
    }

    /**
     * Creates a zero-filled segment of {@code size} bytes, mapped for writing. The zeros are written, not left as a
     * hole: a full disk then fails here with an exception, rather than as a SIGBUS on a later store into the mapping.
     */
    static JournalSegment create(Path file, long seq, int size) {
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
            for (long p = 0; p < size; p += zeros.capacity()) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - p));
                while (zeros.hasRemaining()) {
                    ch.write(zeros, p + zeros.position());
                }
            }
            return new JournalSegment(file, seq, ch.map(FileChannel.MapMode.READ_WRITE, 0, size));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the create failed already; that is what is reported
            }
            throw new UncheckedIOException("cannot create journal segment " + file + ": " + e.getMessage(), e);
        }
    }

    /** This (spare, unused) segment under its final name and number: a rename, the mapping kept. */
    JournalSegment adopt(Path finalFile, long finalSeq) {
        try {
            Files.move(file, finalFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename journal segment " + file + " to " + finalFile, e);
        }
        return new JournalSegment(finalFile, finalSeq, map);
    }

    /** Maps a segment left by an earlier process, for reading. */
    static JournalSegment openForReading(Path file, long seq) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size() & ~7L;
            return new JournalSegment(file, seq, ch.map(FileChannel.MapMode.READ_ONLY, 0, size));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open journal segment " + file, e);
        }
    }

    static int padded(int length) {
        return (HEADER + length + 7) & ~7;
    }

    /**
     * Writes a record at {@code pos} and returns the position after it, or -1 when it does not fit (leaving room
     * for the end mark).
     */
    int append(int pos, byte[] payload, int length) {
        int next = pos + padded(length);
        if (next + HEADER > size) {
            return -1;
        }
        CRC32C crc = new CRC32C();
        crc.update(payload, 0, length);
        map.put(pos + HEADER, payload, 0, length);
        map.putInt(pos + 4, (int) crc.getValue());
        INT.setRelease(map, pos, length);
        return next;
    }

    /** Marks the end of this segment at {@code pos}: the lane goes on in its next segment. */
    void seal(int pos) {
        INT.setRelease(map, pos, END);
    }

    /** The length at {@code pos}: 0 when nothing is there yet, {@link #END}, or a record's payload length. */
    int lengthAt(int pos) {
        if (pos + HEADER > size) {
            return 0;
        }
        return (int) INT.getAcquire(map, pos);
    }

    /** The payload of the record at {@code pos} (of {@code length} bytes), or null when its checksum fails. */
    ByteBuffer payload(int pos, int length) {
        if (length < 0 || pos + HEADER + (long) length > size) {
            return null;
        }
        ByteBuffer p = map.slice(pos + HEADER, length);
        CRC32C crc = new CRC32C();
        crc.update(p.duplicate());
        return (int) crc.getValue() == map.getInt(pos + 4) ? p.asReadOnlyBuffer() : null;
    }

    void force() {
        map.force();
    }

    /** Unmaps now rather than whenever the collector gets to it (segments come and go every few seconds). */
    void release() {
        Unmapper.unmap(map);
    }

    /** {@code sun.misc.Unsafe.invokeCleaner} when available (as Lucene and Kafka use it), else nothing. */
    private static final class Unmapper {
        private static final Object UNSAFE;
        private static final java.lang.reflect.Method CLEAN;

        static {
            Object u = null;
            java.lang.reflect.Method m = null;
            try {
                Class<?> c = Class.forName("sun.misc.Unsafe");
                Field f = c.getDeclaredField("theUnsafe");
                f.setAccessible(true);
                u = f.get(null);
                m = c.getMethod("invokeCleaner", ByteBuffer.class);
            } catch (ReflectiveOperationException | RuntimeException e) {
                u = null;
            }
            UNSAFE = u;
            CLEAN = m;
        }

        static void unmap(MappedByteBuffer b) {
            if (CLEAN != null) {
                try {
                    CLEAN.invoke(UNSAFE, b);
                } catch (ReflectiveOperationException e) {
                    // left to the collector
                }
            }
        }
    }

    /** Deletes the file; unmaps too when {@code unmap} (nobody may touch the mapping after that). */
    void delete(boolean unmap) {
        if (unmap) {
            release();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete journal segment " + file, e);
        }
    }
}
