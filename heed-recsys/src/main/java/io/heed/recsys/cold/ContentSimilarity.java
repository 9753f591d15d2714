package io.heed.recsys.cold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Item-to-item content similarity: each item is a TF-IDF vector over its category (one token, weight ×2: the
 * strongest signal), its tags, and the words (3+ letters) of its text; similarity is the cosine. Used to place a
 * new item next to items that have interactions.
 */
public final class ContentSimilarity {
    private static final double CATEGORY_BOOST = 2.0;
    private final Map<String, Map<String, Double>> vectors;

    private ContentSimilarity(Map<String, Map<String, Double>> vectors) {
        this.vectors = vectors;
    }

    /** A similar item with its cosine. */
    public record Neighbour(String itemId, double similarity) {}

    public static ContentSimilarity fit(List<ItemContent> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no item content to index");
        }
        Map<String, Map<String, Double>> tf = new LinkedHashMap<>();
        Map<String, Integer> df = new HashMap<>();
        for (ItemContent it : items) {
            Map<String, Double> t = new HashMap<>();
            if (!it.category().isBlank()) {
                t.merge("c:" + it.category().toLowerCase(Locale.ROOT), CATEGORY_BOOST, Double::sum);
            }
            for (String tag : it.tags()) {
                if (!tag.isBlank()) {
                    t.merge("t:" + tag.toLowerCase(Locale.ROOT).strip(), 1.0, Double::sum);
                }
            }
            for (String word : it.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    t.merge("w:" + word, 1.0, Double::sum);
                }
            }
            if (tf.put(it.itemId(), t) != null) {
                throw new IllegalArgumentException("item " + it.itemId() + " is listed twice");
            }
            t.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        }
        int n = items.size();
        for (Map<String, Double> t : tf.values()) {
            double norm = 0;
            for (Map.Entry<String, Double> e : t.entrySet()) {
                double v = e.getValue() * Math.log(1.0 + n / (double) df.get(e.getKey()));
                e.setValue(v);
                norm += v * v;
            }
            double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            t.replaceAll((k, v) -> v * inv);
        }
        return new ContentSimilarity(tf);
    }

    public boolean knows(String itemId) {
        return vectors.containsKey(itemId);
    }

    /** Cosine of two indexed items; fails naming an item that has no content. */
    public double similarity(String a, String b) {
        Map<String, Double> va = vector(a);
        Map<String, Double> vb = vector(b);
        if (va.size() > vb.size()) {
            Map<String, Double> t = va;
            va = vb;
            vb = t;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : va.entrySet()) {
            Double o = vb.get(e.getKey());
            if (o != null) {
                s += e.getValue() * o;
            }
        }
        return s;
    }

    /** The {@code k} most similar other items accepted by {@code among}, with positive similarity, best first. */
    public List<Neighbour> neighbours(String itemId, int k, Predicate<String> among) {
        vector(itemId);
        List<Neighbour> all = new ArrayList<>();
        for (String other : vectors.keySet()) {
            if (!other.equals(itemId) && among.test(other)) {
                double s = similarity(itemId, other);
                if (s > 0) {
                    all.add(new Neighbour(other, s));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(Neighbour::itemId));
        return all.subList(0, Math.min(k, all.size()));
    }

    private Map<String, Double> vector(String id) {
        Map<String, Double> v = vectors.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no content for item " + id);
        }
        return v;
    }
}
