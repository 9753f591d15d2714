/**
 * The event model: events, types, context, users and consent purposes, items, identity links. Immutable records, no I/O.
 */
package io.heed.events.model;
