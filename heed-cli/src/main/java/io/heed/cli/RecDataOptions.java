package io.heed.cli;

import io.heed.recsys.EventWeights;
import io.heed.recsys.Interactions;
import io.heed.recsys.eval.MovieLensRatings;
import io.heed.recsys.sql.SqlInteractions;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where recommenders read interactions: a MovieLens ratings file ({@code --ratings}), else the store's clean events
 * weighted by event type ({@code --weight type=value} over {@link EventWeights#defaults()}).
 */
final class RecDataOptions {
    @Option(
            names = "--ratings",
            paramLabel = "FILE",
            description = "A MovieLens ratings file (ratings.csv, u.data, ratings.dat): every rating one interaction."
                    + " Default: the store's clean events.")
    Path ratings;

    @Mixin
    StoreOptions store;

    @Option(names = "--tenant", description = "Only this tenant's events (default: all).")
    String tenant;

    @Option(
            names = "--weight",
            paramLabel = "TYPE=W",
            description = "Event-type weight overrides, e.g. --weight "
                    + "purchase=10 (types: impression, view, click, dwell [per minute], dwell_cap_seconds, add_to_cart, "
                    + "purchase, rating, share, favourite).")
    Map<String, Double> weights = new LinkedHashMap<>();

    EventWeights eventWeights() {
        return EventWeights.defaults().with(weights);
    }

    Interactions load() throws IOException {
        if (ratings != null) {
            if (!Files.isRegularFile(ratings)) {
                throw new IOException("ratings file not found: " + ratings);
            }
            return MovieLensRatings.read(ratings);
        }
        try (HeedStore s = store.open()) {
            Interactions data = SqlInteractions.read(s, tenant, eventWeights());
            if (data.nnz() == 0) {
                throw new IOException("the store at " + store.resolvedUrl() + " has no clean events with items"
                        + (tenant == null ? "" : " for tenant " + tenant)
                        + "; ingest events first (or pass --ratings)");
            }
            return data;
        }
    }

    String describe() {
        return ratings != null ? ratings.toString() : "store " + store.resolvedUrl();
    }
}
