package io.heed.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides who starts a session when, one UTC hour at a time. The expected traffic of user {@code u} in UTC hour
 * {@code h} is {@code activity(u) * rhythm(persona, localHour(h, geo)) * weekendBoost(persona, day)}; an hour's
 * sessions are drawn in proportion to it, in two stages (a persona-and-geo group by its total weight, then a member
 * by activity) so memory stays proportional to the number of users.
 */
final class SessionScheduler {
    static final long DAY_MS = 86_400_000L;
    static final long HOUR_MS = 3_600_000L;

    /** A planned session start. */
    record Planned(int user, long startMillis) {}

    private final SimConfig cfg;
    private final List<Persona> personas;
    private final int geos = Geo.values().length;
    /** Per group (persona * geos + geo): its members by activity, and their total activity. */
    private final Sampling.Table[] members;

    private final double[] groupActivity;

    SessionScheduler(SimConfig cfg, UserPopulation population, List<Persona> personas) {
        this.cfg = cfg;
        this.personas = personas;
        int groups = personas.size() * geos;
        List<List<Integer>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int u = 0; u < population.humans(); u++) {
            SimUser user = population.user(u);
            byGroup.get(group(user.persona(), user.geo())).add(u);
        }
        members = new Sampling.Table[groups];
        groupActivity = new double[groups];
        for (int g = 0; g < groups; g++) {
            int[] ids = byGroup.get(g).stream().mapToInt(Integer::intValue).toArray();
            double[] w = Arrays.stream(ids)
                    .mapToDouble(u -> population.user(u).activity())
                    .toArray();
            members[g] = new Sampling.Table(ids, w);
            groupActivity[g] = Arrays.stream(w).sum();
        }
    }

    long hourStart(int day, int hour) {
        return cfg.start().toEpochMilli() + day * DAY_MS + hour * HOUR_MS;
    }

    /** Expected traffic of one UTC hour, in the same (arbitrary) unit for every hour (flat within the hour). */
    double hourWeight(int day, int hour) {
        double[] w = groupWeights(day, hour);
        return Arrays.stream(w).sum();
    }

    /**
     * Sessions starting in {@code [from, from + length)}, a span inside UTC hour {@code hour} of {@code day}, in
     * start order (so each user's sessions are played in time order).
     */
    List<Planned> plan(int day, int hour, long from, long length, int sessions, SplittableRandom rng) {
        Sampling.Table groups = new Sampling.Table(indices(members.length), groupWeights(day, hour));
        List<Planned> plan = new ArrayList<>(sessions);
        for (int s = 0; s < sessions; s++) {
            int user = members[groups.sample(rng)].sample(rng);
            plan.add(new Planned(user, from + (long) (rng.nextDouble() * length)));
        }
        plan.sort(Comparator.comparingLong(Planned::startMillis));
        return plan;
    }

    private double[] groupWeights(int day, int hour) {
        boolean weekend = isWeekend(day);
        double[] w = new double[members.length];
        for (Persona p : personas) {
            double boost = weekend ? p.weekendBoost() : 1.0;
            for (Geo geo : Geo.values()) {
                int local = Math.floorMod(hour + geo.utcOffsetHours, 24);
                int g = group(p.index(), geo);
                w[g] = groupActivity[g] * boost * p.hourWeights()[local];
            }
        }
        return w;
    }

    private int group(int persona, Geo geo) {
        return persona * geos + geo.ordinal();
    }

    private boolean isWeekend(int day) {
        DayOfWeek dow =
                Instant.ofEpochMilli(hourStart(day, 0)).atOffset(ZoneOffset.UTC).getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static int[] indices(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }
}
