/**
 * HTTP route groups on Vert.x Web, one small class per group ({@link io.heed.server.http.EventRoutes},
 * {@link io.heed.server.http.HealthRoutes}, {@link io.heed.server.http.StatsRoutes},
 * {@link io.heed.server.http.OpenApiRoutes}, {@link io.heed.server.http.PersonaRoutes},
 * {@link io.heed.server.http.UserProfileRoutes}, {@link io.heed.server.http.CtrRoutes},
 * {@link io.heed.server.http.ReportRoutes}); {@link io.heed.server.http.JsonResponses} makes every response,
 * errors included, JSON. Handlers never block an event loop: parsing runs on a worker executor, storing on the
 * group-commit writer, store reads on the Vert.x worker pool. Route classes are wired in {@code io.heed.server.wiring}.
 */
package io.heed.server.http;
