package io.heed.core.artifact;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Length-prefixed int and float arrays in artifact files, big-endian as {@link DataOutputStream} writes them,
 * copied through a 16 KiB buffer rather than one value at a time. Both model families' payloads use it, so the
 * byte layout of their files is defined once.
 */
public final class ArrayIo {
    private ArrayIo() {}

    public static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(4 * 4096);
        for (int k = 0; k < a.length; k += 4096) {
            int m = Math.min(4096, a.length - k);
            b.clear();
            b.asIntBuffer().put(a, k, m);
            out.write(b.array(), 0, 4 * m);
        }
    }

    public static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        byte[] buf = new byte[4 * 4096];
        for (int k = 0; k < a.length; k += 4096) {
            int m = Math.min(4096, a.length - k);
            in.readFully(buf, 0, 4 * m);
            ByteBuffer.wrap(buf, 0, 4 * m).asIntBuffer().get(a, k, m);
        }
        return a;
    }

    public static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(4 * 4096);
        for (int k = 0; k < a.length; k += 4096) {
            int m = Math.min(4096, a.length - k);
            b.clear();
            b.asFloatBuffer().put(a, k, m);
            out.write(b.array(), 0, 4 * m);
        }
    }

    public static float[] readFloats(DataInputStream in) throws IOException {
        float[] a = new float[in.readInt()];
        byte[] buf = new byte[4 * 4096];
        for (int k = 0; k < a.length; k += 4096) {
            int m = Math.min(4096, a.length - k);
            in.readFully(buf, 0, 4 * m);
            ByteBuffer.wrap(buf, 0, 4 * m).asFloatBuffer().get(a, k, m);
        }
        return a;
    }
}
