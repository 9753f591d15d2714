/**
 * The ad-delivery ports of heed-ads over the store: the entity catalog ({@link io.heed.ads.sql.SqlAdCatalog}),
 * the auction log and spend ({@link io.heed.ads.sql.SqlAuctionLog}), API keys and settings
 * ({@link io.heed.ads.sql.SqlAdAdmin}). Tables from migration V2.
 */
package io.heed.ads.sql;
