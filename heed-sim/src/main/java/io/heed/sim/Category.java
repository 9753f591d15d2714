package io.heed.sim;

import java.util.List;

/**
 * The publisher's twelve item categories. Each carries what the generators need: a typical price (log-normal
 * median and spread), how often its items are videos (which get a pre-roll ad), how much advertiser demand it
 * attracts, and the words used for titles and tags.
 */
enum Category {
    NEWS(
            "news",
            2.5,
            0.4,
            0.15,
            0.4,
            List.of("report", "briefing", "column", "analysis", "story"),
            List.of("politics", "economy", "world", "local", "science", "opinion")),
    SPORTS(
            "sports",
            35,
            0.8,
            0.40,
            1.0,
            List.of("jersey", "match preview", "training plan", "ball", "highlights"),
            List.of("football", "tennis", "running", "basketball", "cycling", "rugby")),
    GAMING(
            "gaming",
            40,
            0.6,
            0.50,
            1.2,
            List.of("game", "controller", "headset", "walkthrough", "expansion"),
            List.of("rpg", "strategy", "shooter", "indie", "console", "pc")),
    FASHION(
            "fashion",
            55,
            0.7,
            0.10,
            1.5,
            List.of("jacket", "dress", "sneakers", "handbag", "scarf"),
            List.of("streetwear", "vintage", "summer", "winter", "denim", "luxury")),
    ELECTRONICS(
            "electronics",
            180,
            1.0,
            0.20,
            1.5,
            List.of("laptop", "phone", "speaker", "camera", "smartwatch"),
            List.of("audio", "mobile", "photo", "wearable", "smart-home", "computing")),
    TRAVEL(
            "travel",
            420,
            0.8,
            0.25,
            1.2,
            List.of("city break", "beach resort", "rail pass", "cruise", "mountain lodge"),
            List.of("europe", "asia", "weekend", "family", "adventure", "budget")),
    FOOD(
            "food",
            14,
            0.6,
            0.30,
            1.0,
            List.of("recipe box", "olive oil", "coffee", "cookbook", "tea set"),
            List.of("vegan", "italian", "baking", "quick", "organic", "spicy")),
    FINANCE(
            "finance",
            25,
            0.9,
            0.10,
            0.8,
            List.of("savings guide", "stock report", "budget planner", "course", "card offer"),
            List.of("investing", "crypto", "savings", "retirement", "tax", "banking")),
    MUSIC(
            "music",
            12,
            0.7,
            0.60,
            0.7,
            List.of("album", "vinyl", "concert ticket", "single", "songbook"),
            List.of("pop", "rock", "jazz", "electronic", "hip-hop", "classical")),
    MOVIES(
            "movies",
            10,
            0.6,
            0.70,
            0.7,
            List.of("film", "series", "box set", "trailer", "documentary"),
            List.of("drama", "comedy", "thriller", "sci-fi", "animation", "classic")),
    HOME(
            "home",
            70,
            0.9,
            0.15,
            1.0,
            List.of("lamp", "sofa", "rug", "plant pot", "blender"),
            List.of("decor", "kitchen", "garden", "diy", "storage", "lighting")),
    BEAUTY(
            "beauty",
            28,
            0.6,
            0.25,
            1.3,
            List.of("serum", "lipstick", "perfume", "face mask", "shampoo"),
            List.of("skincare", "makeup", "fragrance", "haircare", "natural", "spa"));

    static final int COUNT = values().length;
    private static final Category[] ALL = values();

    final String wire;
    final double medianPrice;
    final double priceSigma;
    final double videoShare;
    final double adDemand;
    final List<String> nouns;
    final List<String> tags;

    Category(
            String wire,
            double medianPrice,
            double priceSigma,
            double videoShare,
            double adDemand,
            List<String> nouns,
            List<String> tags) {
        this.wire = wire;
        this.medianPrice = medianPrice;
        this.priceSigma = priceSigma;
        this.videoShare = videoShare;
        this.adDemand = adDemand;
        this.nouns = nouns;
        this.tags = tags;
    }

    static Category of(int ordinal) {
        return ALL[ordinal];
    }
}
