/**
 * Ad delivery over HTTP: {@link io.heed.server.ads.AdsContext} wires heed-ads to the store; route groups
 * {@link io.heed.server.ads.AdminRoutes} (API keys with roles), {@link io.heed.server.ads.DecideRoutes}
 * ({@code POST /v1/decide}), {@link io.heed.server.ads.TrackingRoutes} (signed impression, click, conversion URLs)
 * and {@link io.heed.server.ads.OpenRtbRoutes} ({@code POST /openrtb2/auction}).
 */
package io.heed.server.ads;
