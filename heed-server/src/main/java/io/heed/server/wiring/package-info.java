/**
 * The composition root of the server: {@link io.heed.server.wiring.ServerWiring} creates Vert.x, the group-commit
 * writer, the parse pool and every route group, and deploys one {@link io.heed.server.wiring.HttpVerticle} per
 * event loop. The only place that knows how the pieces fit together.
 */
package io.heed.server.wiring;
