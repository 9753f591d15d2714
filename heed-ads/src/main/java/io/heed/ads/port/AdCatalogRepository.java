package io.heed.ads.port;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;

/** Durable storage of the ad entities. Upserts replace an entity with the same id; nothing is ever deleted. */
public interface AdCatalogRepository {
    AdCatalog load();

    void upsert(Advertiser advertiser);

    void upsert(Campaign campaign);

    void upsert(Creative creative);

    void upsert(Placement placement);
}
