package io.heed.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the items and answers "which item would the publisher show": by global popularity or within a
 * category. Popularity is Zipf-like (exponent {@value #ZIPF}) over a random ranking, so a few items dominate the
 * feed as on real sites; quality is partly correlated with popularity.
 */
final class Catalog {
    static final double ZIPF = 0.9;
    private static final List<String> ADJECTIVES = List.of(
            "fresh",
            "classic",
            "bold",
            "smart",
            "cozy",
            "bright",
            "essential",
            "premium",
            "urban",
            "vintage",
            "compact",
            "epic",
            "daily",
            "wild",
            "golden",
            "quiet",
            "rapid",
            "pure",
            "hidden",
            "grand");

    private final List<Item> items;
    private final Sampling.Table byPopularity;
    private final Sampling.Table[] byCategory = new Sampling.Table[Category.COUNT];
    private final double[] medianPriceByCategory = new double[Category.COUNT];

    private Catalog(List<Item> items) {
        this.items = List.copyOf(items);
        int n = items.size();
        int[] ids = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            w[i] = items.get(i).popularity();
        }
        this.byPopularity = new Sampling.Table(ids, w);
        for (Category c : Category.values()) {
            List<Item> inCat = items.stream().filter(it -> it.category() == c).toList();
            int[] cIds = inCat.stream().mapToInt(Item::index).toArray();
            double[] cW = inCat.stream().mapToDouble(Item::popularity).toArray();
            byCategory[c.ordinal()] = new Sampling.Table(cIds, cW);
            double[] prices = inCat.stream().mapToDouble(Item::price).sorted().toArray();
            medianPriceByCategory[c.ordinal()] = prices[prices.length / 2];
        }
    }

    static Catalog generate(int count, SplittableRandom rng) {
        double[] categoryShare = Sampling.dirichlet(rng, filled(Category.COUNT, 6));
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[i] = i + 1;
        }
        Sampling.shuffle(rng, rank);
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // The first items cover every category once, so every category (and every ad's landing page) has items.
            Category c = i < Category.COUNT ? Category.of(i) : Category.of(Sampling.pick(rng, categoryShare));
            double popularity = Math.pow(rank[i], -ZIPF);
            // log(rank) over 1..n has mean ~log(n)-1 and sd ~1: standardise it (capped, the top ranks are a long
            // tail) and let quality borrow a quarter of it, plus noise.
            double zPop = Sampling.clamp(Math.log(count) - 1 - Math.log(rank[i]), -2, 2.5);
            double quality = 0.25 * zPop + 0.3 * Sampling.normal(rng);
            double price =
                    Math.max(0.99, Math.round(Sampling.logNormal(rng, c.medianPrice, c.priceSigma) * 100) / 100.0);
            boolean video = Sampling.chance(rng, c.videoShare);
            List<String> tags = tags(c, video, rng);
            String adjective = ADJECTIVES.get(rng.nextInt(ADJECTIVES.size()));
            String noun = c.nouns.get(rng.nextInt(c.nouns.size()));
            String title = capitalise(adjective) + " " + noun + " " + (1 + rng.nextInt(999));
            String description = description(adjective, noun, c, tags.get(0), rng);
            items.add(new Item(i, Ids.item(i), c, tags, price, title, description, popularity, quality, video));
        }
        return new Catalog(items);
    }

    List<Item> items() {
        return items;
    }

    Item get(int index) {
        return items.get(index);
    }

    int size() {
        return items.size();
    }

    int samplePopular(SplittableRandom rng) {
        return byPopularity.sample(rng);
    }

    int sampleInCategory(int category, SplittableRandom rng) {
        return byCategory[category].sample(rng);
    }

    /** The median price of the category, the reference a price-sensitive user compares a price with. */
    double medianPrice(Category c) {
        return medianPriceByCategory[c.ordinal()];
    }

    private static List<String> tags(Category c, boolean video, SplittableRandom rng) {
        int n = 1 + rng.nextInt(3);
        List<String> pool = new ArrayList<>(c.tags);
        List<String> tags = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            tags.add(pool.remove(rng.nextInt(pool.size())));
        }
        if (video) {
            // Videos say so in their tags, so the pre-roll slot is explainable from items.csv alone.
            if (tags.size() == 3) {
                tags.set(2, "video");
            } else {
                tags.add("video");
            }
        }
        return List.copyOf(tags);
    }

    private static String description(String adjective, String noun, Category c, String tag, SplittableRandom rng) {
        String body = capitalise(adjective) + " " + noun + " for " + tag + " fans, picked by our " + c.wire + " desk.";
        // A few descriptions carry quotes and commas so CSV readers downstream are exercised on RFC-4180 quoting.
        return Sampling.chance(rng, 0.1) ? "\"Editor's pick\": " + body : body;
    }

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
