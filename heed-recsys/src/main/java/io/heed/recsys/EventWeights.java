package io.heed.recsys;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How behaviour events become one implicit-feedback weight per (user, item): the sum over the pair's events of
 * each event type's weight. The defaults order intent view &lt; click &lt; add-to-cart &lt; purchase; a dwell event
 * adds {@code dwellPerMinute} per minute of dwell (its value, seconds) up to {@code dwellCapSeconds}, so a long read
 * counts more than a bounce without letting one idle tab dominate. Impressions carry no attention signal (0);
 * ratings count {@code rating · value / 5}. Pairs whose weights sum to 0 are left out.
 */
public record EventWeights(
        double impression,
        double view,
        double click,
        double dwellPerMinute,
        double dwellCapSeconds,
        double addToCart,
        double purchase,
        double rating,
        double share,
        double favourite) {

    public EventWeights {
        Map<String, Double> all = asMap(
                impression,
                view,
                click,
                dwellPerMinute,
                dwellCapSeconds,
                addToCart,
                purchase,
                rating,
                share,
                favourite);
        all.forEach((k, v) -> {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("event weight " + k + " must be finite and >= 0, got " + v);
            }
        });
    }

    /** impression 0, view 1, click 2, dwell 1 per minute (cap 10 min), add-to-cart 4, purchase 8, rating 2, share 3, favourite 3. */
    public static EventWeights defaults() {
        return new EventWeights(0, 1, 2, 1, 600, 4, 8, 2, 3, 3);
    }

    /** Weight per event type (wire name) as the store's SQL applies it; dwell and rating scale with the value. */
    public Map<String, Double> byType() {
        return asMap(
                impression,
                view,
                click,
                dwellPerMinute,
                dwellCapSeconds,
                addToCart,
                purchase,
                rating,
                share,
                favourite);
    }

    private static Map<String, Double> asMap(
            double impression,
            double view,
            double click,
            double dwellPerMinute,
            double dwellCapSeconds,
            double addToCart,
            double purchase,
            double rating,
            double share,
            double favourite) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("impression", impression);
        m.put("view", view);
        m.put("click", click);
        m.put("dwell", dwellPerMinute);
        m.put("dwell_cap_seconds", dwellCapSeconds);
        m.put("add_to_cart", addToCart);
        m.put("purchase", purchase);
        m.put("rating", rating);
        m.put("share", share);
        m.put("favourite", favourite);
        return m;
    }

    /** These weights with {@code name=value} overrides (names as {@link #byType()}), e.g. from the command line. */
    public EventWeights with(Map<String, Double> overrides) {
        Map<String, Double> m = byType();
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            if (!m.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown event weight '" + e.getKey() + "'; one of " + m.keySet());
            }
            m.put(e.getKey(), e.getValue());
        }
        return new EventWeights(
                m.get("impression"),
                m.get("view"),
                m.get("click"),
                m.get("dwell"),
                m.get("dwell_cap_seconds"),
                m.get("add_to_cart"),
                m.get("purchase"),
                m.get("rating"),
                m.get("share"),
                m.get("favourite"));
    }
}
