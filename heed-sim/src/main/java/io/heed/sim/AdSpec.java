package io.heed.sim;

/**
 * What a strategy may know of an ad: ids, category, format, its CPM bid as in {@code ads.csv}, and the price per
 * click its advertiser bids in the loop ({@code bidCpm / 10}: the CPM it would pay at a 1% click rate), and the
 * item a conversion buys.
 */
public record AdSpec(
        int index,
        String id,
        String campaignId,
        String category,
        String format,
        double bidCpm,
        double cpcBid,
        String landingItemId) {}
