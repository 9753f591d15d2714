package io.heed.sim;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything that shapes one simulated publisher. The same configuration always produces byte-identical files.
 *
 * @param seed         root of every random stream
 * @param users        human users (three bot accounts are added on top of them)
 * @param items        catalog size; at least one item per {@link Category}
 * @param advertisers  advertisers, each selling in one category
 * @param ads          ads (creatives); every advertiser gets at least one
 * @param personas     planted personas; the first eight are named archetypes, the rest are generated
 * @param targetEvents lines of {@code events.csv} to aim for (the total lands within ±2%)
 * @param start        first instant of the simulated window (UTC)
 * @param days         length of the window; timestamps fall in {@code [start, start + days)}
 * @param tenantId     written in every row; letters, digits, '_', '-', '.' so it never needs CSV quoting
 */
public record SimConfig(
        long seed,
        int users,
        int items,
        int advertisers,
        int ads,
        int personas,
        long targetEvents,
        Instant start,
        int days,
        String tenantId) {

    /** Below this the planted structure and the bots (at least 300 events each) would drown each other. */
    public static final long MIN_EVENTS = 10_000;

    public static final int MAX_DAYS = 366;
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public SimConfig {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(tenantId, "tenantId must not be null");
        positive("users", users);
        positive("advertisers", advertisers);
        positive("personas", personas);
        if (items < Category.COUNT) {
            throw new IllegalArgumentException(
                    "items must be at least " + Category.COUNT + " (one per category), was " + items);
        }
        if (ads < advertisers) {
            throw new IllegalArgumentException("ads (" + ads + ") must be at least advertisers (" + advertisers
                    + ") so every advertiser has an ad");
        }
        if (personas > users) {
            throw new IllegalArgumentException("personas (" + personas + ") must not exceed users (" + users
                    + "): every persona needs at least one user");
        }
        if (targetEvents < MIN_EVENTS) {
            throw new IllegalArgumentException("targetEvents must be at least " + MIN_EVENTS + ", was " + targetEvents);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", was " + days);
        }
        if (!TENANT.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("tenantId must be 1-64 characters of letters, digits, '_', '-' or '.'"
                    + " starting with a letter or digit, was '" + tenantId + "'");
        }
    }

    /** The demo publisher: 10,000 users, 2,000 items, 500 ads, 6 personas, 1,000,000 events over 14 days. */
    public static SimConfig demo() {
        return new SimConfig(
                42, 10_000, 2_000, 50, 500, 6, 1_000_000, Instant.parse("2026-10-01T00:00:00Z"), 14, "default");
    }

    /** A small publisher for tests and quick looks: 300 users, 100 items, 60 ads, 30,000 events. */
    public static SimConfig small() {
        return demo().withUsers(300)
                .withItems(100)
                .withAdvertisers(12)
                .withAds(60)
                .withPersonas(4)
                .withEvents(30_000);
    }

    /** End of the window (exclusive). */
    public Instant end() {
        return start.plusSeconds(86_400L * days);
    }

    public SimConfig withSeed(long s) {
        return new SimConfig(s, users, items, advertisers, ads, personas, targetEvents, start, days, tenantId);
    }

    public SimConfig withUsers(int n) {
        return new SimConfig(seed, n, items, advertisers, ads, personas, targetEvents, start, days, tenantId);
    }

    public SimConfig withItems(int n) {
        return new SimConfig(seed, users, n, advertisers, ads, personas, targetEvents, start, days, tenantId);
    }

    public SimConfig withAdvertisers(int n) {
        return new SimConfig(seed, users, items, n, ads, personas, targetEvents, start, days, tenantId);
    }

    public SimConfig withAds(int n) {
        return new SimConfig(seed, users, items, advertisers, n, personas, targetEvents, start, days, tenantId);
    }

    public SimConfig withPersonas(int n) {
        return new SimConfig(seed, users, items, advertisers, ads, n, targetEvents, start, days, tenantId);
    }

    public SimConfig withEvents(long n) {
        return new SimConfig(seed, users, items, advertisers, ads, personas, n, start, days, tenantId);
    }

    public SimConfig withStart(Instant s) {
        return new SimConfig(seed, users, items, advertisers, ads, personas, targetEvents, s, days, tenantId);
    }

    public SimConfig withDays(int n) {
        return new SimConfig(seed, users, items, advertisers, ads, personas, targetEvents, start, n, tenantId);
    }

    public SimConfig withTenant(String t) {
        return new SimConfig(seed, users, items, advertisers, ads, personas, targetEvents, start, days, t);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
