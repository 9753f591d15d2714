package io.heed.sim;

/** Event types of the canonical Heed format, with how many decimals their {@code value} carries (-1: none). */
enum EventType {
    IMPRESSION("impression", -1),
    VIEW("view", -1),
    CLICK("click", -1),
    DWELL("dwell", 1),
    ADD_TO_CART("add_to_cart", 2),
    PURCHASE("purchase", 2),
    RATING("rating", 0),
    SHARE("share", -1);

    final String wire;
    final int valueDecimals;

    EventType(String wire, int valueDecimals) {
        this.wire = wire;
        this.valueDecimals = valueDecimals;
    }
}
