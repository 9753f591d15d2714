/** The default attention estimator: smoothed historical click and conversion rates with Beta priors. */
package io.heed.ads.attention;
