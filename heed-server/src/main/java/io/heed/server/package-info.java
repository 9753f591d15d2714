/**
 * The Heed HTTP server (an edge: only the CLI and the lab use it). {@link io.heed.server.HeedServer} starts and stops it,
 * {@link io.heed.server.ServerConfig} is its typed configuration. In the product, Vert.x is used only inside this
 * module: {@code wiring} composes everything, {@code http} holds one small class per route group, {@code ingest} is
 * the framework-free parse/validate/group-commit pipeline, {@code ads} serves ad delivery. Uses heed-storage,
 * heed-journal (through the stages' journals) and the stages. The loopback load generator is heed-bench's.
 */
package io.heed.server;
