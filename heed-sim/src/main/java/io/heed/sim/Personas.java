package io.heed.sim;

import static io.heed.sim.Category.BEAUTY;
import static io.heed.sim.Category.ELECTRONICS;
import static io.heed.sim.Category.FASHION;
import static io.heed.sim.Category.FINANCE;
import static io.heed.sim.Category.FOOD;
import static io.heed.sim.Category.GAMING;
import static io.heed.sim.Category.HOME;
import static io.heed.sim.Category.MOVIES;
import static io.heed.sim.Category.MUSIC;
import static io.heed.sim.Category.NEWS;
import static io.heed.sim.Category.SPORTS;
import static io.heed.sim.Category.TRAVEL;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants the personas. The first eight are readable archetypes (so a demo shows "late-night-gamer", not "cluster
 * 3"); beyond that, personas are generated at random. Category weights are always a Dirichlet draw with a large
 * alpha on the focus categories, so the top three hold roughly 90% of the mass and clustering has a clear answer.
 */
final class Personas {
    /** Alpha on the first, second and third focus category, and on every other category. */
    private static final double[] FOCUS_ALPHA = {12, 8, 6};

    private static final double BACKGROUND_ALPHA = 0.25;
    /** Width (hours) of each bump of the hour-of-day rhythm, and the floor that keeps every hour possible. */
    private static final double PEAK_WIDTH = 1.5;

    private static final double HOUR_FLOOR = 0.03;

    private record Template(
            String name,
            Category[] focus,
            double[] peaks,
            double[] deviceMix,
            double[] platformMix,
            double priceSensitivity,
            double adResponsiveness,
            double activity,
            double weekendBoost) {}

    // deviceMix: mobile, desktop, tablet. platformMix (mobiles and tablets): web, ios, android.
    private static final List<Template> ARCHETYPES = List.of(
            new Template(
                    "morning-commuter",
                    new Category[] {NEWS, FINANCE, SPORTS},
                    new double[] {7.5, 18},
                    new double[] {.80, .10, .10},
                    new double[] {.20, .40, .40},
                    0.6,
                    0.8,
                    1.4,
                    0.7),
            new Template(
                    "late-night-gamer",
                    new Category[] {GAMING, ELECTRONICS, MUSIC},
                    new double[] {22.5, 1},
                    new double[] {.40, .55, .05},
                    new double[] {.20, .30, .50},
                    0.9,
                    1.1,
                    1.6,
                    1.3),
            new Template(
                    "style-seeker",
                    new Category[] {FASHION, BEAUTY, HOME},
                    new double[] {12.5, 21},
                    new double[] {.75, .10, .15},
                    new double[] {.15, .60, .25},
                    0.7,
                    1.6,
                    1.0,
                    1.2),
            new Template(
                    "sports-fan",
                    new Category[] {SPORTS, NEWS, FOOD},
                    new double[] {19.5, 13},
                    new double[] {.60, .25, .15},
                    new double[] {.30, .30, .40},
                    0.8,
                    1.0,
                    1.2,
                    1.6),
            new Template(
                    "home-cook",
                    new Category[] {FOOD, HOME, TRAVEL},
                    new double[] {10.5, 19},
                    new double[] {.45, .20, .35},
                    new double[] {.30, .40, .30},
                    1.3,
                    1.3,
                    0.8,
                    1.3),
            new Template(
                    "tech-professional",
                    new Category[] {ELECTRONICS, FINANCE, NEWS},
                    new double[] {10, 14.5},
                    new double[] {.30, .65, .05},
                    new double[] {.40, .35, .25},
                    0.3,
                    0.7,
                    1.1,
                    0.6),
            new Template(
                    "traveller",
                    new Category[] {TRAVEL, FOOD, MOVIES},
                    new double[] {20, 9},
                    new double[] {.50, .30, .20},
                    new double[] {.25, .45, .30},
                    0.5,
                    1.2,
                    0.7,
                    1.4),
            new Template(
                    "streamer",
                    new Category[] {MOVIES, MUSIC, GAMING},
                    new double[] {21.5, 17},
                    new double[] {.50, .20, .30},
                    new double[] {.20, .35, .45},
                    1.0,
                    0.9,
                    1.3,
                    1.3));

    private Personas() {}

    static List<Persona> plant(int count, SplittableRandom rng) {
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            templates.add(i < ARCHETYPES.size() ? ARCHETYPES.get(i) : randomTemplate(i, rng));
        }
        // Unequal sizes, as real audiences are: log-normal shares.
        double[] shares = new double[count];
        for (int i = 0; i < count; i++) {
            shares[i] = Sampling.logNormal(rng, 1, 0.5);
        }
        shares = Sampling.normalise(shares);
        List<Persona> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Template t = templates.get(i);
            out.add(new Persona(
                    i,
                    t.name(),
                    categoryWeights(t.focus(), rng),
                    rhythm(t.peaks()),
                    Sampling.normalise(t.deviceMix()),
                    Sampling.normalise(t.platformMix()),
                    t.priceSensitivity(),
                    t.adResponsiveness(),
                    t.activity(),
                    t.weekendBoost(),
                    shares[i]));
        }
        return List.copyOf(out);
    }

    private static double[] categoryWeights(Category[] focus, SplittableRandom rng) {
        double[] alpha = new double[Category.COUNT];
        java.util.Arrays.fill(alpha, BACKGROUND_ALPHA);
        for (int i = 0; i < focus.length; i++) {
            alpha[focus[i].ordinal()] = FOCUS_ALPHA[i];
        }
        return Sampling.dirichlet(rng, alpha);
    }

    /** Sum of circular Gaussian bumps around the peak hours, plus a floor, normalised over 24 hours. */
    static double[] rhythm(double[] peaks) {
        double[] w = new double[24];
        for (int h = 0; h < 24; h++) {
            double v = HOUR_FLOOR;
            for (double p : peaks) {
                double d = Math.abs(h + 0.5 - p);
                d = Math.min(d, 24 - d);
                v += Math.exp(-0.5 * (d / PEAK_WIDTH) * (d / PEAK_WIDTH));
            }
            w[h] = v;
        }
        return Sampling.normalise(w);
    }

    private static Template randomTemplate(int i, SplittableRandom rng) {
        int[] cats = new int[Category.COUNT];
        for (int c = 0; c < cats.length; c++) {
            cats[c] = c;
        }
        Sampling.shuffle(rng, cats);
        Category[] focus = {Category.of(cats[0]), Category.of(cats[1]), Category.of(cats[2])};
        double[] peaks = {rng.nextDouble(24), rng.nextDouble(24)};
        double[] devices = Sampling.dirichlet(rng, new double[] {2, 2, 2});
        double[] platforms = Sampling.dirichlet(rng, new double[] {2, 2, 2});
        return new Template(
                "persona-" + (i + 1) + "-" + focus[0].wire,
                focus,
                peaks,
                devices,
                platforms,
                0.3 + rng.nextDouble(),
                Sampling.logNormal(rng, 1, 0.3),
                0.6 + rng.nextDouble(),
                0.6 + rng.nextDouble());
    }
}
