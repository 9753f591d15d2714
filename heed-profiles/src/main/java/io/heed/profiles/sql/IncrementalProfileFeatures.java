package io.heed.profiles.sql;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A profile table kept up to date incrementally: the first {@link #refresh()} computes every user's row and keeps
 * the population priors and the last ingest batch (the watermark); later refreshes recompute only the users with
 * events in newer batches, with the same priors, and replace their rows. Rows computed with one set of priors are
 * independent of each other, so the merged table equals an all-users run with those priors
 * ({@link SqlProfileFeatures#compute(ProfilePriors)}). A full recomputation (new priors) happens when the priors are
 * older than the maximum age or the item categories changed.
 *
 * <p>The table lives in memory (one instance per tenant); it is not written to the store.
 */
public final class IncrementalProfileFeatures {
    private final SqlProfileFeatures source;
    private final Duration priorsMaxAge;
    private final Map<String, double[]> rows = new TreeMap<>();
    private ProfilePriors priors;
    private long watermark;

    /** What one refresh did: a full run or an incremental one, the users recomputed and the new watermark. */
    public record Refresh(boolean full, int usersRecomputed, long watermark) {}

    public IncrementalProfileFeatures(SqlProfileFeatures source, Duration priorsMaxAge) {
        this.source = Objects.requireNonNull(source, "source");
        if (priorsMaxAge.isNegative()) {
            throw new IllegalArgumentException("priors max age must not be negative: " + priorsMaxAge);
        }
        this.priorsMaxAge = priorsMaxAge;
    }

    /** Brings the table up to the store's last batch; full when there are no priors yet or they are stale. */
    public synchronized Refresh refresh() {
        long last = source.lastBatch(); // read first: a batch landing meanwhile is recomputed next time
        if (priors == null || priors.staleAt(Instant.now(), priorsMaxAge, source.categories())) {
            ProfileMatrix all = source.compute();
            priors = source.priors();
            rows.clear();
            put(all);
            watermark = last;
            return new Refresh(true, all.rows(), watermark);
        }
        if (last <= watermark) {
            return new Refresh(false, 0, watermark);
        }
        List<String> changed = source.usersSince(watermark);
        ProfileMatrix fresh = source.computeSince(watermark, priors);
        changed.forEach(rows::remove); // a user now flagged as a bot has no fresh row and leaves the table
        put(fresh);
        watermark = last;
        return new Refresh(false, fresh.rows(), watermark);
    }

    private void put(ProfileMatrix m) {
        for (int i = 0; i < m.rows(); i++) {
            rows.put(m.userIds().get(i), m.row(i));
        }
    }

    /** The table as a matrix, users sorted by id (as {@link SqlProfileFeatures#compute()} returns them). */
    public synchronized ProfileMatrix matrix() {
        if (priors == null) {
            throw new IllegalStateException("no profile table yet: call refresh() first");
        }
        List<String> users = new ArrayList<>(rows.keySet());
        FeatureSet fs = ProfileFeatures.of(priors.categories());
        int d = fs.size();
        double[] values = new double[users.size() * d];
        int i = 0;
        for (double[] row : rows.values()) {
            System.arraycopy(row, 0, values, i++ * d, d);
        }
        return new ProfileMatrix(fs, users, values);
    }

    /** The priors every row of the table was computed with; null before the first refresh. */
    public synchronized ProfilePriors priors() {
        return priors;
    }

    /** The last ingest batch the table includes. */
    public synchronized long watermark() {
        return watermark;
    }
}
