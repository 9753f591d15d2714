package io.heed.ads.decide;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An immutable, indexed view of the catalog for serving: placements by id, the servable campaigns (active, of an
 * active advertiser, with at least one active creative; their index follows campaign id order, which the auction's
 * tie-break relies on), their fields as columns and their eligibility index. The engine swaps in a new one
 * when the catalog changes, so admin edits take effect without a restart and a request never sees half an edit.
 */
final class ServingSnapshot {
    final Map<String, Placement> placements;
    final CompiledCampaign[] campaigns;
    final Map<String, Campaign> campaignsById;
    final CampaignColumns columns;
    final EligibilityIndex index;

    ServingSnapshot(AdCatalog catalog, BudgetLedger ledger, Pacer pacer) {
        placements =
                catalog.placements().stream().collect(Collectors.toUnmodifiableMap(Placement::id, p -> p, (a, b) -> b));
        Map<String, Advertiser> advertisers = new HashMap<>();
        catalog.advertisers().forEach(a -> advertisers.put(a.id(), a));
        Map<String, List<Creative>> creatives = new HashMap<>();
        for (Creative c : catalog.creatives()) {
            if (c.status() == Status.ACTIVE) {
                creatives
                        .computeIfAbsent(c.campaignId(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        List<CompiledCampaign> servable = new ArrayList<>();
        Map<String, Campaign> byId = new HashMap<>();
        List<Campaign> sorted = new ArrayList<>(catalog.campaigns());
        sorted.sort(Comparator.comparing(Campaign::id));
        for (Campaign c : sorted) {
            byId.put(c.id(), c);
            Advertiser a = advertisers.get(c.advertiserId());
            List<Creative> cs = creatives.getOrDefault(c.id(), List.of());
            if (c.status() != Status.ACTIVE || a == null || a.status() != Status.ACTIVE || cs.isEmpty()) {
                continue;
            }
            cs.sort(Comparator.comparingDouble(Creative::quality).reversed().thenComparing(Creative::id));
            servable.add(new CompiledCampaign(
                    servable.size(), c, List.copyOf(cs), ledger.handle(c.id()), pacer.state(c.id())));
        }
        campaigns = servable.toArray(CompiledCampaign[]::new);
        campaignsById = Map.copyOf(byId);
        columns = new CampaignColumns(servable);
        index = new EligibilityIndex(servable);
    }

    int servableCampaigns() {
        return campaigns.length;
    }
}
