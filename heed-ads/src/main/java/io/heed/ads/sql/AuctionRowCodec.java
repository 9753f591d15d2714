package io.heed.ads.sql;

import io.heed.ads.port.SpendHistory.Charge;
import io.heed.journal.RecordBytes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link AuctionRow} as journal bytes and back: a version byte, then the fields in order (strings as int length,
 * -1 for null, and UTF-8; numbers big-endian), then the charges (campaign and micros; decision and time are the
 * row's). A charge taken outside a decision is a record of its own kind.
 */
final class AuctionRowCodec {
    private static final byte VERSION = 1;
    /** A charge taken outside a decision (a CPC click, a CPA conversion): its own record kind. */
    private static final byte CHARGE = 2;

    private static final String IMPRESSION = "impression";

    private AuctionRowCodec() {}

    /** The calling thread's buffer holding {@code row}; valid until that thread's next call. */
    static RecordBytes encode(AuctionRow row) {
        RecordBytes b = RecordBytes.forThisThread();
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

    /** The calling thread's buffer holding {@code charge}; valid until that thread's next call. */
    static RecordBytes encode(Charge charge) {
        RecordBytes b = RecordBytes.forThisThread();
        b.put(CHARGE);
        b.putString(charge.decisionId());
        b.putString(charge.campaignId());
        b.putLong(charge.timestampMillis());
        b.putString(charge.kind());
        b.putLong(charge.micros());
        return b;
    }

    /** A journal record of the auction log: a decision's row, or a charge taken outside a decision. */
    record Decoded(AuctionRow row, Charge charge) {}

    /** Reads either kind of record; throws {@link IllegalArgumentException} when the bytes are neither. */
    static Decoded decodeAny(ByteBuffer in) {
        return isCharge(in) ? new Decoded(null, decodeCharge(in)) : new Decoded(decode(in), null);
    }

    /** Whether a record holds a charge alone ({@link #decodeCharge}) rather than a row ({@link #decode}). */
    static boolean isCharge(ByteBuffer in) {
        return in.remaining() > 0 && in.get(in.position()) == CHARGE;
    }

    /** Reads a charge record; throws {@link IllegalArgumentException} when the bytes are not one. */
    static Charge decodeCharge(ByteBuffer in) {
        try {
            ByteBuffer r = in.duplicate();
            if (r.get() != CHARGE) {
                throw new IllegalArgumentException("not a charge record");
            }
            String decisionId = string(r);
            String campaignId = string(r);
            long ts = r.getLong();
            String kind = string(r);
            long micros = r.getLong();
            if (r.hasRemaining() || decisionId == null || campaignId == null || kind == null) {
                throw new IllegalArgumentException("malformed charge record");
            }
            return new Charge(decisionId, campaignId, ts, kind, micros);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("charge record cut short", e);
        }
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
            if (decisionId == null
                    || requestId == null
                    || placementId == null
                    || candidates == null
                    || winners == null) {
                throw new IllegalArgumentException("a required field is null");
            }
            return new AuctionRow(
                    decisionId,
                    requestId,
                    placementId,
                    ts,
                    floor,
                    personalised,
                    userId,
                    persona,
                    problem,
                    candidateCount,
                    candidates,
                    winners,
                    charges);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("auction record cut short", e);
        }
    }

    private static String string(ByteBuffer r) {
        return RecordBytes.readString(r);
    }
}
