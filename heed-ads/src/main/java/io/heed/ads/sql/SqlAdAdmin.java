package io.heed.ads.sql;

import io.heed.ads.port.AdSettings;
import io.heed.ads.port.AdminRole;
import io.heed.ads.port.ApiKeyRepository;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Supplier;

/** Admin API keys ({@code ad_api_keys}, hashes only) and settings ({@code ad_settings}). */
public final class SqlAdAdmin implements ApiKeyRepository, AdSettings {
    private final HeedStore store;

    public SqlAdAdmin(HeedStore store) {
        this.store = store;
    }

    @Override
    public void add(String keyHash, String name, AdminRole role) {
        store.write(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO ad_api_keys VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
                p.setString(1, keyHash);
                p.setString(2, name);
                p.setString(3, role.wire());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<AdminRole> roleOf(String keyHash) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT role FROM ad_api_keys WHERE key_hash = ?")) {
                p.setString(1, keyHash);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(AdminRole.parse(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public String getOrCreate(String name, Supplier<String> initial) {
        return store.write(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM ad_settings WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        return r.getString(1);
                    }
                }
            }
            String v = initial.get();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ad_settings VALUES (?, ?)")) {
                p.setString(1, name);
                p.setString(2, v);
                p.executeUpdate();
            }
            return v;
        });
    }
}
