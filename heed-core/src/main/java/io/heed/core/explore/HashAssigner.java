package io.heed.core.explore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;

/**
 * Deterministic assignment: SHA-256 of {@code salt + '\u0000' + unitId}, first 8 bytes as an unsigned 64-bit
 * integer, modulo {@link #BUCKETS}. The same (salt, unit) always lands in the same bucket on every machine and
 * JVM; different salts give independent buckets, so concurrent experiments do not correlate.
 */
public final class HashAssigner {
    /** Number of buckets; traffic splits are expressed in these (basis points). */
    public static final int BUCKETS = 10_000;

    private HashAssigner() {}

    /** The bucket in {@code [0, BUCKETS)} of a unit under an experiment salt. */
    public static int bucket(String salt, String unitId) {
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(unitId, "unitId");
        byte[] d = sha256().digest((salt + '\u0000' + unitId).getBytes(StandardCharsets.UTF_8));
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xFF);
        }
        return (int) Long.remainderUnsigned(h, BUCKETS);
    }

    /** The variant of a unit, or empty when its bucket lies beyond the enrolled share of traffic. */
    public static Optional<String> assign(String salt, String unitId, TrafficSplit split) {
        int b = bucket(salt, unitId);
        int edge = 0;
        for (int i = 0; i < split.variants().size(); i++) {
            edge += split.basisPoints().get(i);
            if (b < edge) {
                return Optional.of(split.variants().get(i));
            }
        }
        return Optional.empty();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
