/**
 * The Heed HTTP server (an edge: nothing depends on it). {@link io.heed.server.HeedServer} starts and stops it,
 * {@link io.heed.server.ServerConfig} is its typed configuration. Vert.x is used only inside this module:
 * {@code wiring} composes everything, {@code http} holds one small class per route group, {@code ingest} is the
 * framework-free parse/validate/group-commit pipeline, {@code load} the loopback load generator used by benchmarks.
 */
package io.heed.server;
