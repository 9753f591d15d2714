/**
 * What ad delivery needs from outside its pure core: the catalog repository, the auction log sink, the spend
 * history, API keys, settings and logged ad responses (implemented over the store by {@code io.heed.ads.sql}) and the
 * attention estimator (implemented in {@code io.heed.ads.attention}: heed-ctr's CTR/CVR models, the persona × ad
 * model or the default smoothed estimator).
 */
package io.heed.ads.port;
