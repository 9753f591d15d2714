/** The ad entities (advertisers, campaigns, creatives, placements) as validated immutable records. */
package io.heed.ads.model;
