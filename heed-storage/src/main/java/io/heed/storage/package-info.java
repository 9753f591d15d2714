/**
 * The store every room writes to: {@link io.heed.storage.HeedStore} (embedded DuckDB by default, or PostgreSQL; one
 * writer lock, {@code read}/{@code write}/{@code exclusive}; one shared instance per store of what a room must not
 * hold twice), the {@link io.heed.storage.Dialect} differences, and the {@link io.heed.storage.Migrator} that finds
 * each room's {@link io.heed.storage.Schema} through {@link java.util.ServiceLoader} and records what it applied in
 * {@code heed_schema}. A foundation: uses JDBC and the DuckDB and PostgreSQL drivers only, and names no room.
 */
package io.heed.storage;
