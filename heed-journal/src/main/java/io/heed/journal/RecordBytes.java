package io.heed.journal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array that journal records are encoded into (numbers big-endian; strings as an int length, -1 for
 * null, then UTF-8), and {@link #readString} to read such a string back. {@link #forThisThread} hands each thread
 * one reused buffer, so encoding on a serving thread allocates nothing for the record itself.
 */
public final class RecordBytes {
    private static final ThreadLocal<RecordBytes> OWN = ThreadLocal.withInitial(RecordBytes::new);
    private byte[] bytes = new byte[4096];
    private int length;

    /** The calling thread's buffer, emptied; valid until that thread's next call. */
    public static RecordBytes forThisThread() {
        RecordBytes b = OWN.get();
        b.length = 0;
        return b;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    public RecordBytes put(byte v) {
        ensure(1);
        bytes[length++] = v;
        return this;
    }

    public RecordBytes putInt(int v) {
        ensure(4);
        bytes[length++] = (byte) (v >>> 24);
        bytes[length++] = (byte) (v >>> 16);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
        return this;
    }

    public RecordBytes putLong(long v) {
        putInt((int) (v >>> 32));
        return putInt((int) v);
    }

    public RecordBytes putString(String s) {
        if (s == null) {
            return putInt(-1);
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        putInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
        return this;
    }

    /** A string as {@link #putString} wrote it; {@link IllegalArgumentException} for an impossible length. */
    public static String readString(ByteBuffer r) {
        int n = r.getInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > r.remaining()) {
            throw new IllegalArgumentException("bad string length " + n);
        }
        byte[] b = new byte[n];
        r.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
