package io.heed.ads.model;

import java.util.Objects;

/**
 * What is shown: a format and size (0 x 0 for native, which adapts), where a click lands (a URL or a catalog item),
 * a status, and a quality factor (1 = neutral) that scales the creative's expected value in the auction.
 */
public record Creative(
        String id,
        String campaignId,
        AdFormat format,
        int width,
        int height,
        String landingUrl,
        String landingItemId,
        Status status,
        double quality) {
    public Creative {
        InvalidEntityException.requireId("id", id);
        InvalidEntityException.requireId("campaign", campaignId);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        if (width < 0 || height < 0 || width > 10_000 || height > 10_000) {
            throw new InvalidEntityException("width", "width and height must be in 0..10000");
        }
        if ((landingUrl == null || landingUrl.isBlank()) && (landingItemId == null || landingItemId.isBlank())) {
            throw new InvalidEntityException("landing_url", "a landing_url or a landing_item is required");
        }
        if (landingUrl != null
                && !landingUrl.isBlank()
                && !landingUrl.startsWith("https://")
                && !landingUrl.startsWith("http://")) {
            throw new InvalidEntityException("landing_url", "must be an http(s) URL");
        }
        if (!(quality > 0) || quality > 10) {
            throw new InvalidEntityException("quality", "must be in (0, 10], was " + quality);
        }
    }

    /** Whether it fits a slot: same format, and the same size unless either side is 0 x 0 (any size). */
    public boolean fits(AdFormat slotFormat, int slotWidth, int slotHeight) {
        return fits(format, width, height, slotFormat, slotWidth, slotHeight);
    }

    /** The rule of {@link #fits(AdFormat, int, int)} over plain fields (the serving loop keeps them in arrays). */
    public static boolean fits(
            AdFormat format, int width, int height, AdFormat slotFormat, int slotWidth, int slotHeight) {
        if (format != slotFormat) {
            return false;
        }
        boolean anySize = (width == 0 && height == 0) || (slotWidth == 0 && slotHeight == 0);
        return anySize || (width == slotWidth && height == slotHeight);
    }
}
