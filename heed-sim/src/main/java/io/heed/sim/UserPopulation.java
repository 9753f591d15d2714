package io.heed.sim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the users: persona membership (unequal sizes, at least one user each), interests, geo, consent and
 * devices; then appends the bot accounts.
 */
final class UserPopulation {
    /** Bot accounts appended after the humans; marked in {@code truth/bots.csv}. */
    static final int BOTS = 3;
    /** How far a user's interests stray from the persona's: Dirichlet(CONCENTRATION * persona + JITTER). */
    private static final double CONCENTRATION = 30;

    private static final double JITTER = 0.02;
    /** Share of users refusing each consent purpose (drawn independently). */
    static final double REFUSE_PERSONALISATION = 0.05;

    static final double REFUSE_ADVERTISING = 0.10;
    static final double REFUSE_MEASUREMENT = 0.03;
    private static final double[] DEVICE_COUNT = {0.45, 0.40, 0.15};
    private static final long DAY_MS = 86_400_000L;

    private final List<SimUser> users;
    private final List<SimDevice> devices;
    private final int humans;
    private final int[] personaSizes;

    private UserPopulation(List<SimUser> users, List<SimDevice> devices, int humans, int[] personaSizes) {
        this.users = List.copyOf(users);
        this.devices = List.copyOf(devices);
        this.humans = humans;
        this.personaSizes = personaSizes;
    }

    static UserPopulation generate(SimConfig cfg, List<Persona> personas, SplittableRandom rng) {
        int n = cfg.users();
        int[] sizes = personaSizes(n, personas, rng);
        int[] membership = new int[n];
        for (int p = 0, k = 0; p < sizes.length; p++) {
            for (int j = 0; j < sizes[p]; j++) {
                membership[k++] = p;
            }
        }
        Sampling.shuffle(rng, membership);
        double[] geoShare = new double[Geo.values().length];
        for (Geo g : Geo.values()) {
            geoShare[g.ordinal()] = g.share;
        }
        long startMs = cfg.start().toEpochMilli();
        List<SimUser> users = new ArrayList<>(n + BOTS);
        List<SimDevice> devices = new ArrayList<>();
        Set<Long> anonIds = new HashSet<>();
        for (int u = 0; u < n; u++) {
            Persona p = personas.get(membership[u]);
            double[] alpha = new double[Category.COUNT];
            for (int c = 0; c < alpha.length; c++) {
                alpha[c] = CONCENTRATION * p.categoryWeights()[c] + JITTER;
            }
            double[] interests = Sampling.dirichlet(rng, alpha);
            Geo geo = Geo.values()[Sampling.pick(rng, geoShare)];
            boolean personalisation = !Sampling.chance(rng, REFUSE_PERSONALISATION);
            boolean advertising = !Sampling.chance(rng, REFUSE_ADVERTISING);
            boolean measurement = !Sampling.chance(rng, REFUSE_MEASUREMENT);
            long created = startMs - DAY_MS - (long) (rng.nextDouble() * 3 * 365 * DAY_MS);
            double activity = p.activity() * Sampling.logNormal(rng, 1, 0.6);
            int deviceCount = 1 + Sampling.pick(rng, DEVICE_COUNT);
            int[] own = new int[deviceCount];
            for (int d = 0; d < deviceCount; d++) {
                DeviceType type = DeviceType.values()[Sampling.pick(rng, p.deviceMix())];
                Platform platform = type == DeviceType.DESKTOP
                        ? Platform.WEB
                        : Platform.values()[Sampling.pick(rng, p.platformMix())];
                // The first device is the main one; later ones are used less.
                double weight = Math.pow(0.5, d) * (0.5 + rng.nextDouble());
                own[d] = addDevice(devices, anonIds, u, type, platform, weight, rng);
            }
            users.add(new SimUser(
                    u,
                    Ids.user(u),
                    p.index(),
                    interests,
                    geo,
                    personalisation,
                    advertising,
                    measurement,
                    created,
                    activity,
                    own,
                    false));
        }
        double[] uniform = Sampling.normalise(filled(Category.COUNT));
        for (int b = 0; b < BOTS; b++) {
            int u = n + b;
            Geo geo = Geo.values()[Sampling.pick(rng, geoShare)];
            // Bots are fresh accounts on one desktop browser that consent to everything.
            long created = startMs - DAY_MS * (1 + rng.nextInt(30));
            int dev = addDevice(devices, anonIds, u, DeviceType.DESKTOP, Platform.WEB, 1, rng);
            users.add(
                    new SimUser(u, Ids.user(u), -1, uniform, geo, true, true, true, created, 0, new int[] {dev}, true));
        }
        return new UserPopulation(users, devices, n, sizes);
    }

    List<SimUser> users() {
        return users;
    }

    SimUser user(int index) {
        return users.get(index);
    }

    List<SimDevice> devices() {
        return devices;
    }

    SimDevice device(int index) {
        return devices.get(index);
    }

    /** Number of human users; they occupy indices {@code [0, humans)}, bots follow. */
    int humans() {
        return humans;
    }

    int personaSize(int persona) {
        return personaSizes[persona];
    }

    /** One user per persona, the rest multinomial on the planted shares. */
    private static int[] personaSizes(int users, List<Persona> personas, SplittableRandom rng) {
        double[] shares = personas.stream().mapToDouble(Persona::share).toArray();
        int[] sizes = new int[personas.size()];
        java.util.Arrays.fill(sizes, 1);
        for (int i = personas.size(); i < users; i++) {
            sizes[Sampling.pick(rng, shares)]++;
        }
        return sizes;
    }

    private static int addDevice(
            List<SimDevice> devices,
            Set<Long> anonIds,
            int user,
            DeviceType type,
            Platform platform,
            double weight,
            SplittableRandom rng) {
        long bits;
        do {
            bits = rng.nextLong() & 0xFFFF_FFFF_FFFFL;
        } while (!anonIds.add(bits));
        int index = devices.size();
        devices.add(new SimDevice(index, user, Ids.anonymous(bits), type, platform, weight));
        return index;
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }
}
