package io.heed.recsys.cold;

import java.util.List;
import java.util.Objects;

/** What is known about an item without any interaction: category, tags and free text (title, description). */
public record ItemContent(String itemId, String category, List<String> tags, String text) {
    public ItemContent {
        Objects.requireNonNull(itemId, "itemId");
        if (itemId.isBlank()) {
            throw new IllegalArgumentException("item id must not be blank");
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        category = category == null ? "" : category;
        text = text == null ? "" : text;
    }
}
