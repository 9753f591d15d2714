package io.heed.ads.model;

import java.util.List;

/** Everything the ad server serves from, as loaded from the store: one consistent set of entities. */
public record AdCatalog(
        List<Advertiser> advertisers, List<Campaign> campaigns, List<Creative> creatives, List<Placement> placements) {
    public static final AdCatalog EMPTY = new AdCatalog(List.of(), List.of(), List.of(), List.of());

    public AdCatalog {
        advertisers = List.copyOf(advertisers);
        campaigns = List.copyOf(campaigns);
        creatives = List.copyOf(creatives);
        placements = List.copyOf(placements);
    }
}
