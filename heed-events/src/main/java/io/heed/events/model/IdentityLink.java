package io.heed.events.model;

import java.time.Instant;

/**
 * Links an anonymous or device id to a known user (identity stitching). Created whenever an event carries both
 * ids (a logged-in event on a device) or explicitly; applied to later events at ingestion and to earlier ones
 * retroactively.
 */
public record IdentityLink(String tenantId, String anonymousId, String userId, Instant linkedAt) {}
