/**
 * Impression, click and conversion tracking: HMAC-signed tracking parameters ({@link io.heed.ads.tracking.TrackingSigner}),
 * and the per-decision state that ignores duplicates and rejects fraud ({@link io.heed.ads.tracking.TrackingLedger}).
 */
package io.heed.ads.tracking;
