package io.heed.store.ads;

import io.heed.ads.port.SpendHistory.Charge;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link AuctionRow} as journal bytes and back: a version byte, then the fields in order (strings as int length,
 * -1 for null, and UTF-8; numbers big-endian), then the charges (campaign and micros; decision and time are the
 * row's). Each thread encodes into its own growing buffer.
 */
final class AuctionRowCodec {
    private static final byte VERSION = 1;
    private static final String IMPRESSION = "impression";

    private AuctionRowCodec() {
    }

    /** The calling thread's buffer holding {@code row}; valid until that thread's next call. */
    static Buffer encode(AuctionRow row) {
        Buffer b = BUFFER.get();
        b.length = 0;
        b.put(VERSION);
        b.putString(row.decisionId());
        b.putString(row.requestId());
        b.putString(row.placementId());
        b.putLong(row.timestampMillis());
        b.putLong(Double.doubleToRawLongBits(row.floorCpm()));
        b.put((byte) (row.personalised() ? 1 : 0));
        b.putString(row.userId());
        b.putString(row.persona());
        b.putString(row.problem());
        b.putInt(row.candidateCount());
        b.putString(row.candidates());
        b.putString(row.winners());
        b.putInt(row.charges().size());
        for (Charge c : row.charges()) {
            b.putString(c.campaignId());
            b.putLong(c.micros());
        }
        return b;
    }

    /** Reads a row; throws {@link IllegalArgumentException} when the bytes are not one. */
    static AuctionRow decode(ByteBuffer in) {
        try {
            ByteBuffer r = in.duplicate();
            byte version = r.get();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown auction record version " + version);
            }
            String decisionId = string(r);
            String requestId = string(r);
            String placementId = string(r);
            long ts = r.getLong();
            double floor = Double.longBitsToDouble(r.getLong());
            boolean personalised = r.get() != 0;
            String userId = string(r);
            String persona = string(r);
            String problem = string(r);
            int candidateCount = r.getInt();
            String candidates = string(r);
            String winners = string(r);
            int n = r.getInt();
            if (n < 0 || n > r.remaining()) {
                throw new IllegalArgumentException("bad charge count " + n);
            }
            List<Charge> charges = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                charges.add(new Charge(decisionId, string(r), ts, IMPRESSION, r.getLong()));
            }
            if (r.hasRemaining()) {
                throw new IllegalArgumentException(r.remaining() + " bytes after the record");
            }
            if (decisionId == null || requestId == null || placementId == null || candidates == null
                    || winners == null) {
                throw new IllegalArgumentException("a required field is null");
            }
            return new AuctionRow(decisionId, requestId, placementId, ts, floor, personalised, userId, persona,
                    problem, candidateCount, candidates, winners, charges);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("auction record cut short", e);
        }
    }

    private static String string(ByteBuffer r) {
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

    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    /** A growing byte array (the journal copies from it). */
    static final class Buffer {
        byte[] bytes = new byte[4096];
        int length;

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void put(byte v) {
            ensure(1);
            bytes[length++] = v;
        }

        void putInt(int v) {
            ensure(4);
            bytes[length++] = (byte) (v >>> 24);
            bytes[length++] = (byte) (v >>> 16);
            bytes[length++] = (byte) (v >>> 8);
            bytes[length++] = (byte) v;
        }

        void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }

        void putString(String s) {
            if (s == null) {
                putInt(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }
    }
}
