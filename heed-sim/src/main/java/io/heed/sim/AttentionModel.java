package io.heed.sim;

import java.util.SplittableRandom;

/**
 * The true probabilities behind every sampled action. The simulator computes a probability here, logs it in the
 * truth, then samples from it; nothing else decides a click or a conversion. Logits (all terms additive):
 *
 * <pre>
 * item click  = itemClickBase + itemClickAffinity*aff(c) + item.quality - positionBias*ln(1+pos) - itemFatigue*ln(1+seen)
 * ad click    = adClickBase + adClickAffinity*aff(c) + ad.creativeQuality + formatEffect + ln(persona.adResponsiveness)
 *               - positionBias*ln(1+pos) - adFatigue*ln(1+seen)
 * add to cart = cartBase + cartAffinity*aff + cartQuality*quality - priceSensitivity*ln(price/categoryMedian)
 * buy | cart  = purchaseAfterCartBase + purchaseAfterCartAffinity*aff - priceSensitivity/2*ln(price/categoryMedian)
 * ad convert  = adConvertBase + adConvertAffinity*aff - priceSensitivity*ln(price/median) + 0.3*ln(adResponsiveness)
 * </pre>
 *
 * where {@code seen} is the user's decayed count of earlier impressions of the same item or ad.
 */
final class AttentionModel {
    private final AttentionParams p;
    private final Catalog catalog;

    AttentionModel(AttentionParams params, Catalog catalog) {
        this.p = params;
        this.catalog = catalog;
    }

    AttentionParams params() {
        return p;
    }

    /** Log-ratio of the user's interest to a uniform one, clamped so a near-zero interest is not -infinity. */
    static double affinity(SimUser u, Category c) {
        return Sampling.clamp(Math.log(Category.COUNT * u.interests()[c.ordinal()]), -3, 2);
    }

    double itemClick(SimUser u, Item item, int position, double seen) {
        return Sampling.sigmoid(p.itemClickBase()
                + p.itemClickAffinity() * affinity(u, item.category())
                + item.quality()
                - positionTerm(position)
                - p.itemFatigue() * Math.log1p(seen));
    }

    double adClick(SimUser u, Persona persona, Ad ad, int position, double seen) {
        return Sampling.sigmoid(p.adClickBase()
                + p.adClickAffinity() * affinity(u, ad.category())
                + ad.creativeQuality()
                + formatEffect(ad.format())
                + Math.log(persona.adResponsiveness())
                - positionTerm(position)
                - p.adFatigue() * Math.log1p(seen));
    }

    double addToCart(SimUser u, Persona persona, Item item) {
        return Sampling.sigmoid(p.cartBase()
                + p.cartAffinity() * affinity(u, item.category())
                + p.cartQuality() * item.quality()
                - persona.priceSensitivity() * relativePrice(item));
    }

    double purchaseAfterCart(SimUser u, Persona persona, Item item) {
        return Sampling.sigmoid(p.purchaseAfterCartBase()
                + p.purchaseAfterCartAffinity() * affinity(u, item.category())
                - 0.5 * persona.priceSensitivity() * relativePrice(item));
    }

    /** P(purchase | click) for an organic item: add to cart, then buy. */
    double itemConvert(SimUser u, Persona persona, Item item) {
        return addToCart(u, persona, item) * purchaseAfterCart(u, persona, item);
    }

    /** P(purchase of the landing item | click) for an ad. */
    double adConvert(SimUser u, Persona persona, Ad ad) {
        Item landing = catalog.get(ad.landingItem());
        return Sampling.sigmoid(p.adConvertBase()
                + p.adConvertAffinity() * affinity(u, ad.category())
                - persona.priceSensitivity() * relativePrice(landing)
                + 0.3 * Math.log(persona.adResponsiveness()));
    }

    /** Seconds on the item page: log-normal, longer for liked categories and better items, within [1, 1800]. */
    double dwellSeconds(SimUser u, Item item, SplittableRandom rng) {
        double median = p.dwellMedianSeconds()
                * Math.exp(p.dwellAffinity() * affinity(u, item.category()) + p.dwellQuality() * item.quality());
        return Sampling.clamp(Sampling.logNormal(rng, median, p.dwellSigma()), 1, 1800);
    }

    double rateProbability() {
        return p.ratingRate();
    }

    /** Stars 1-5 centred on 3, raised by affinity and quality, with noise. */
    int rating(SimUser u, Item item, SplittableRandom rng) {
        double score = 3 + 0.9 * affinity(u, item.category()) + item.quality() + 0.7 * Sampling.normal(rng);
        return (int) Sampling.clamp(Math.round(score), 1, 5);
    }

    double share(SimUser u, Item item) {
        return Sampling.sigmoid(p.shareBase() + p.shareAffinity() * affinity(u, item.category()) + item.quality());
    }

    double positionTerm(int position) {
        return p.positionBias() * Math.log1p(position);
    }

    private double formatEffect(AdFormat f) {
        return switch (f) {
            case BANNER -> p.bannerEffect();
            case NATIVE -> p.nativeEffect();
            case VIDEO -> p.videoEffect();
        };
    }

    private double relativePrice(Item item) {
        return Math.log(item.price() / catalog.medianPrice(item.category()));
    }
}
