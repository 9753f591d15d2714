package io.heed.profiles;

import java.util.Set;

/** The distinct items (or item categories) a user touched in one session: a market basket. */
public record SessionBasket(String userId, String sessionId, Set<String> items) {
    public SessionBasket {
        items = Set.copyOf(items);
    }
}
