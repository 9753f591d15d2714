package io.heed.revenue;

import java.util.Objects;

/** One report request: one tenant's events (or all tenants' when {@code tenant} is null), grouped, attributed. */
public record RevenueQuery(String tenant, Dimension by, Attribution attribution) {
    public RevenueQuery {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(attribution, "attribution");
    }
}
