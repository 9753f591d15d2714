package io.heed.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates advertisers, campaigns and ads, and plays the publisher's existing ad server: for a slot of a given
 * format it picks an ad in proportion to its bid, either among all ads of that format (run of network) or among
 * those of one category (interest targeting).
 */
final class AdInventory {
    static final double MIN_CPM = 0.5;
    static final double MAX_CPM = 8.0;
    private static final double BID_SIGMA = 0.5;

    private final List<Ad> ads;
    private final Category[] advertiserCategory;
    private final int campaigns;
    private final Sampling.Table[] byFormat = new Sampling.Table[AdFormat.values().length];
    private final Sampling.Table[][] byFormatAndCategory = new Sampling.Table[AdFormat.values().length][Category.COUNT];

    private AdInventory(List<Ad> ads, Category[] advertiserCategory, int campaigns) {
        this.ads = List.copyOf(ads);
        this.advertiserCategory = advertiserCategory;
        this.campaigns = campaigns;
        for (AdFormat f : AdFormat.values()) {
            byFormat[f.ordinal()] =
                    table(ads.stream().filter(a -> a.format() == f).toList());
            for (Category c : Category.values()) {
                byFormatAndCategory[f.ordinal()][c.ordinal()] = table(ads.stream()
                        .filter(a -> a.format() == f && a.category() == c)
                        .toList());
            }
        }
    }

    static AdInventory generate(int advertisers, int adCount, Catalog catalog, SplittableRandom rng) {
        double[] demand = new double[Category.COUNT];
        for (Category c : Category.values()) {
            demand[c.ordinal()] = c.adDemand;
        }
        Category[] category = new Category[advertisers];
        double[] size = new double[advertisers];
        int[] firstCampaign = new int[advertisers];
        int[] campaignCount = new int[advertisers];
        int campaigns = 0;
        for (int a = 0; a < advertisers; a++) {
            category[a] = Category.of(Sampling.pick(rng, demand));
            size[a] = Sampling.logNormal(rng, 1, 0.8);
            firstCampaign[a] = campaigns;
            campaignCount[a] = 1 + rng.nextInt(3);
            campaigns += campaignCount[a];
        }
        double[] formatShare = new double[AdFormat.values().length];
        for (AdFormat f : AdFormat.values()) {
            formatShare[f.ordinal()] = f.share;
        }
        List<Ad> ads = new ArrayList<>(adCount);
        for (int i = 0; i < adCount; i++) {
            // Every advertiser gets one ad first; the rest follow advertiser size (a few big spenders).
            int adv = i < advertisers ? i : Sampling.pick(rng, size);
            int campaign = firstCampaign[adv] + rng.nextInt(campaignCount[adv]);
            AdFormat format = AdFormat.values()[Sampling.pick(rng, formatShare)];
            double bid = Sampling.clamp(Sampling.logNormal(rng, format.medianCpm, BID_SIGMA), MIN_CPM, MAX_CPM);
            bid = Math.round(bid * 100) / 100.0;
            int landing = catalog.sampleInCategory(category[adv].ordinal(), rng);
            double creative = 0.3 * Sampling.normal(rng);
            ads.add(new Ad(i, Ids.ad(i), adv, campaign, category[adv], format, bid, landing, creative));
        }
        return new AdInventory(ads, category, campaigns);
    }

    List<Ad> ads() {
        return ads;
    }

    Ad get(int index) {
        return ads.get(index);
    }

    int size() {
        return ads.size();
    }

    int advertisers() {
        return advertiserCategory.length;
    }

    int campaigns() {
        return campaigns;
    }

    Category advertiserCategory(int advertiser) {
        return advertiserCategory[advertiser];
    }

    /**
     * An ad for a slot of {@code format}: in {@code category} when given (>= 0) and that category has such ads,
     * otherwise run of network. Returns -1 when the inventory has no ad of this format (the slot stays empty).
     */
    int choose(AdFormat format, int category, SplittableRandom rng) {
        if (category >= 0) {
            Sampling.Table t = byFormatAndCategory[format.ordinal()][category];
            if (!t.isEmpty()) {
                return t.sample(rng);
            }
        }
        return byFormat[format.ordinal()].sample(rng);
    }

    private static Sampling.Table table(List<Ad> ads) {
        return new Sampling.Table(
                ads.stream().mapToInt(Ad::index).toArray(),
                ads.stream().mapToDouble(Ad::bidCpm).toArray());
    }
}
