package io.heed.ads.model;

import java.util.Objects;

/**
 * A slot on the publisher's pages: its format and size (0 x 0 = any), how many ads it shows at most, and the floor
 * price (reserve) in currency per thousand impressions below which it stays empty.
 */
public record Placement(String id, AdFormat format, int width, int height, int slots, double floorCpm) {
    public Placement {
        InvalidEntityException.requireId("id", id);
        Objects.requireNonNull(format, "format");
        if (width < 0 || height < 0) {
            throw new InvalidEntityException("width", "width and height must be >= 0");
        }
        if (slots < 1 || slots > 20) {
            throw new InvalidEntityException("slots", "must be in 1..20, was " + slots);
        }
        if (!(floorCpm >= 0) || Double.isInfinite(floorCpm)) {
            throw new InvalidEntityException("floor_cpm", "must be a finite number >= 0, was " + floorCpm);
        }
    }
}
