/**
 * Storage ports of the events stage: small role interfaces ({@link io.heed.events.port.EventAppender}) implemented
 * over the store by {@code io.heed.events.sql.EventStore}. Uses the event model only.
 */
package io.heed.events.port;
