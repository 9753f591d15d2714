package io.heed.sim;

import java.util.List;

/**
 * A catalog item (article, product, video). {@code popularity} and {@code quality} are latent: never written to
 * {@code items.csv}, only to the truth.
 *
 * @param popularity Zipf-like weight with which the publisher's feed surfaces the item
 * @param quality    additive term in the item's click logit (and in dwell, rating and share)
 * @param video      video items get a pre-roll ad slot when viewed
 */
record Item(
        int index,
        String id,
        Category category,
        List<String> tags,
        double price,
        String title,
        String description,
        double popularity,
        double quality,
        boolean video) {}
