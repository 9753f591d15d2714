/**
 * What the edges implement for ad delivery: the catalog repository (store), the auction log sink (store), the spend
 * history (store) and the attention estimator (heed-ctr's CTR/CVR models or the default smoothed estimator).
 */
package io.heed.ads.port;
