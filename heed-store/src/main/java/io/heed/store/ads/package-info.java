/**
 * The ad-delivery ports of heed-ads over the store: the entity catalog ({@link io.heed.store.ads.SqlAdCatalog}),
 * the auction log and spend ({@link io.heed.store.ads.SqlAuctionLog}), API keys and settings
 * ({@link io.heed.store.ads.SqlAdAdmin}). Tables from migration V2.
 */
package io.heed.store.ads;
