package io.heed.ads.model;

import java.util.Objects;

/** Who pays for campaigns. A paused advertiser pauses all its campaigns. */
public record Advertiser(String id, String name, Status status) {
    public Advertiser {
        InvalidEntityException.requireId("id", id);
        name = name == null ? id : name;
        Objects.requireNonNull(status, "status");
    }
}
