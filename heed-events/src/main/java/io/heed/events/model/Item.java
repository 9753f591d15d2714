package io.heed.events.model;

import java.util.List;
import java.util.Objects;

/** A catalog item: what users attend to. Price may be null (free or unknown). */
public record Item(
        String tenantId,
        String itemId,
        String category,
        List<String> tags,
        Double price,
        String title,
        String description) {
    public Item {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(itemId, "itemId");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
