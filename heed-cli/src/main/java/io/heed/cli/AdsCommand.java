package io.heed.cli;

import io.heed.ads.port.AdminRole;
import io.heed.ads.port.ApiKeyRepository;
import io.heed.ads.sql.SqlAdAdmin;
import io.heed.storage.HeedStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed ads key}: API keys for the ad admin API (the rest of ad delivery is served by {@code heed serve}). */
@Command(
        name = "ads",
        mixinStandardHelpOptions = true,
        subcommands = AdsCommand.Key.class,
        description = "Ad delivery: API keys for the admin API (/v1/admin/...).")
final class AdsCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** Creates a random API key with a role; stores only its SHA-256 hash and prints the key once. */
    @Command(
            name = "key",
            mixinStandardHelpOptions = true,
            description = "Create an admin API key (printed once; only its hash is stored).")
    static final class Key implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--role",
                defaultValue = "admin",
                description = "viewer (read) or admin (read and write); default ${DEFAULT-VALUE}.")
        String role;

        @Option(
                names = "--name",
                defaultValue = "cli",
                description = "A label for the key (default: ${DEFAULT-VALUE}).")
        String name;

        @Override
        public Integer call() {
            AdminRole r;
            try {
                r = AdminRole.parse(role);
            } catch (IllegalArgumentException e) {
                System.err.println("heed ads key: " + e.getMessage());
                return 2;
            }
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            String key = "heed_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            try (HeedStore s = store.open()) {
                new SqlAdAdmin(s).add(ApiKeyRepository.hash(key), name, r);
            }
            System.out.println(key);
            System.err.println("API key '" + name + "' with role " + r.wire()
                    + " created; send it as `Authorization: Bearer <key>`. It is not shown again.");
            return 0;
        }
    }
}
