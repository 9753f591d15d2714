package io.heed.ads.model;

import java.util.List;
import java.util.Objects;

/**
 * One campaign: a bid under a pricing model, budgets in currency units, a schedule, targeting and frequency caps.
 * The daily budget may not exceed the total.
 */
public record Campaign(
        String id,
        String advertiserId,
        String name,
        Status status,
        Pricing pricing,
        double bid,
        double totalBudget,
        double dailyBudget,
        Schedule schedule,
        Targeting targeting,
        List<FrequencyCap> frequencyCaps) {
    public Campaign {
        InvalidEntityException.requireId("id", id);
        InvalidEntityException.requireId("advertiser", advertiserId);
        name = name == null ? id : name;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(pricing, "pricing");
        InvalidEntityException.requirePositive("bid", bid);
        InvalidEntityException.requirePositive("total_budget", totalBudget);
        InvalidEntityException.requirePositive("daily_budget", dailyBudget);
        if (dailyBudget > totalBudget) {
            throw new InvalidEntityException("daily_budget", "must not exceed total_budget (" + totalBudget + ")");
        }
        Objects.requireNonNull(schedule, "schedule");
        targeting = targeting == null ? Targeting.ANY : targeting;
        frequencyCaps = frequencyCaps == null ? List.of() : List.copyOf(frequencyCaps);
    }
}
