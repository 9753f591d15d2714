package io.heed.profiles;

import java.util.List;

/** Port: session baskets of item categories viewed or clicked, for association rules per persona. */
public interface SessionBasketSource {
    List<SessionBasket> categoryBaskets();
}
