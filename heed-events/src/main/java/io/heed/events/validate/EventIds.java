package io.heed.events.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Derives an idempotency key for sources that carry no event id (MovieLens ratings, most logs): the MD5 of the
 * normalised raw fields, prefixed {@code d:}. Re-ingesting the same row yields the same id, so it is ignored.
 * The SQL bulk path computes the same digest with the database's md5(): keep {@link #derivationInput} and the
 * SQL expression in step.
 */
public final class EventIds {
    public static final String PREFIX = "d:";

    private EventIds() {}

    /** The string hashed: normalised type, user, anonymous id, item, ad, timestamp text and value text. */
    public static String derivationInput(
            String type,
            String userId,
            String anonymousId,
            String itemId,
            String adId,
            String timestamp,
            String value) {
        return String.join("|", n(type), n(userId), n(anonymousId), n(itemId), n(adId), n(timestamp), n(value));
    }

    public static String derive(
            String type,
            String userId,
            String anonymousId,
            String itemId,
            String adId,
            String timestamp,
            String value) {
        return PREFIX + md5Hex(derivationInput(type, userId, anonymousId, itemId, adId, timestamp, value));
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    static String md5Hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(32);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }
}
