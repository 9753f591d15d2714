package io.heed.events.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The built-in event types. The set is extensible by configuration ({@link EventTypes}). Value rules: dwell
 * (seconds) and rating need a value; a purchase without a value is kept as a conversion of unknown amount
 * (counted in conversions, not in revenue) because common logs (RetailRocket, Taobao) carry no prices.
 */
public enum EventType {
    IMPRESSION(false),
    VIEW(false),
    CLICK(false),
    DWELL(true),
    ADD_TO_CART(false),
    PURCHASE(false),
    RATING(true),
    SHARE(false),
    FAVOURITE(false);

    private final boolean valueRequired;

    EventType(boolean valueRequired) {
        this.valueRequired = valueRequired;
    }

    /** The name used in files, JSON and the store, e.g. {@code add_to_cart}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether an event of this type without a value is quarantined ({@code missing_value}). */
    public boolean valueRequired() {
        return valueRequired;
    }

    public static Optional<EventType> fromWire(String name) {
        for (EventType t : values()) {
            if (t.wireName().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
