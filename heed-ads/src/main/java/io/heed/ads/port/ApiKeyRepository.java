package io.heed.ads.port;

import java.util.Optional;

/** Admin API keys, stored only as SHA-256 hashes, each with one role. */
public interface ApiKeyRepository {
    void add(String keyHash, String name, AdminRole role);

    Optional<AdminRole> roleOf(String keyHash);
}
