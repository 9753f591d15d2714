package io.heed.ads.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Admin API keys, stored only as SHA-256 hashes ({@link #hash}), each with one role. */
public interface ApiKeyRepository {
    void add(String keyHash, String name, AdminRole role);

    Optional<AdminRole> roleOf(String keyHash);

    /** The SHA-256 hex of a key, as stored. */
    static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
