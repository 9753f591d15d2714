/**
 * The ads room's SQL on the store (DuckDB and PostgreSQL; migrations in {@code db/}): the entity catalog
 * ({@link io.heed.ads.sql.SqlAdCatalog}), the auction log and spend ({@link io.heed.ads.sql.SqlAuctionLog}) and its
 * journal ({@link io.heed.ads.sql.AuctionJournal}, over heed-journal), tracked hits read back from {@code events}
 * ({@link io.heed.ads.sql.SqlTrackedHits}), logged ad responses ({@link io.heed.ads.sql.SqlAdResponses}), API keys and
 * settings ({@link io.heed.ads.sql.SqlAdAdmin}). Tables from ads schema v1, the auction log's views from v2. May use
 * heed-storage, heed-journal and JDBC; the rest of the room may not use this package.
 */
package io.heed.ads.sql;
