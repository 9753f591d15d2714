package io.heed.profiles.sql;

import io.heed.profiles.CountryUtcOffsets;
import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatureSource;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import io.heed.storage.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The standard profile features ({@link ProfileFeatures}) computed in SQL over {@code clean_events}, {@code items},
 * {@code users} and {@code sessions}: one aggregate query for the per-user features, and sparse per-user category
 * counts with the population's category counts; Java places the numbers into the dense matrix and applies the
 * additive smoothing of the category shares. The SQL is portable between DuckDB and
 * PostgreSQL (EXTRACT, LN, GREATEST, MOD, CASE, window-free aggregates).
 *
 * <p>Population quantities ({@link ProfilePriors}: category and hour-bin priors, ad CTR prior, the window end) are
 * taken over every user of the tenant once, kept with the time they were computed, and recomputed by
 * {@link #compute()} or when older than the maximum age; {@link #computeFor} reads only the user's own events with
 * the kept priors, so one user's row equals their row in {@link #compute()} run with the same priors.
 */
public final class SqlProfileFeatures implements ProfileFeatureSource {
    private final HeedStore store;
    private final String tenant;
    private final ProfileSql sql = new ProfileSql();
    private final Duration priorsMaxAge;
    private volatile String window = "";
    private volatile ProfilePriors priors;

    /** Features of one tenant's users, or of all users when {@code tenant} is null; priors kept 10 minutes. */
    public SqlProfileFeatures(HeedStore store, String tenant) {
        this(store, tenant, DEFAULT_PRIORS_MAX_AGE);
    }

    /** Population priors older than this are recomputed before one user's row. */
    public static final Duration DEFAULT_PRIORS_MAX_AGE = Duration.ofMinutes(10);

    /** As above, with the age after which one user's row first recomputes the population priors. */
    public SqlProfileFeatures(HeedStore store, String tenant, Duration priorsMaxAge) {
        this.store = store;
        this.tenant = tenant;
        if (priorsMaxAge.isNegative()) {
            throw new IllegalArgumentException("priors max age must not be negative: " + priorsMaxAge);
        }
        this.priorsMaxAge = priorsMaxAge;
    }

    /** Item categories of the tenant, sorted: they name the {@code cat_*} and {@code seen_*} columns. */
    public List<String> categories() {
        return store.read(this::categories);
    }

    private List<String> categories(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT category FROM items "
                + "WHERE category IS NOT NULL AND category <> '' AND (CAST(? AS VARCHAR) IS NULL OR tenant_id = ?) "
                + "ORDER BY category")) {
            ps.setString(1, tenant);
            ps.setString(2, tenant);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    @Override
    public FeatureSet featureSet() {
        return ProfileFeatures.of(categories());
    }

    @Override
    public String dataWindow() {
        return window;
    }

    @Override
    public ProfileMatrix compute() {
        return store.read(c -> {
            window = window(c);
            ProfilePriors p = computePriors(c, categories(c));
            priors = p;
            return matrix(c, ProfileSql.Scope.ALL, null, p);
        });
    }

    /** Every user's rows with the given priors (e.g. the ones a stored profile table was computed with). */
    public ProfileMatrix compute(ProfilePriors with) {
        Objects.requireNonNull(with, "priors");
        return store.read(c -> matrix(c, ProfileSql.Scope.ALL, null, with));
    }

    @Override
    public ProfileMatrix computeFor(String userId) {
        Objects.requireNonNull(userId, "userId");
        return store.read(c -> matrix(c, ProfileSql.Scope.ONE_USER, userId, currentPriors(c)));
    }

    /** The kept population priors, recomputed first when absent, older than the maximum age or of other categories. */
    public ProfilePriors priors() {
        return store.read(this::currentPriors);
    }

    private ProfilePriors currentPriors(Connection c) throws SQLException {
        List<String> cats = categories(c);
        ProfilePriors p = priors;
        if (p == null || p.events() == 0 || p.staleAt(Instant.now(), priorsMaxAge, cats)) {
            p = computePriors(c, cats);
            priors = p;
        }
        return p;
    }

    private ProfilePriors computePriors(Connection c, List<String> cats) throws SQLException {
        Map<String, Integer> catIndex = new HashMap<>();
        for (int j = 0; j < cats.size(); j++) {
            catIndex.put(cats.get(j), j);
        }
        double[][] shares = categoryPriors(c, catIndex);
        try (PreparedStatement ps = c.prepareStatement(sql.priorSql())) {
            bindScope(ps, ProfileSql.Scope.ALL, null);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                long[] bins = new long[ProfileSql.priorParameters() - 4];
                for (int b = 0; b < bins.length; b++) {
                    bins[b] = r.getLong(5 + b);
                }
                return new ProfilePriors(
                        r.getString(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        bins,
                        cats,
                        shares[0],
                        shares[1],
                        Instant.now());
            }
        }
    }

    /**
     * The rows of every user with clean events in batches after {@code batch} (the users with new events), computed
     * with the given priors: merged into rows computed earlier with the same priors, they equal an all-users run.
     */
    public ProfileMatrix computeSince(long batch, ProfilePriors with) {
        Objects.requireNonNull(with, "priors");
        return store.read(c -> matrix(c, ProfileSql.Scope.SINCE_BATCH, batch, with));
    }

    /** Users with any event (bot or not) in batches after {@code batch}: the rows an incremental run replaces. */
    public List<String> usersSince(long batch) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT user_id FROM events WHERE batch_id > ? "
                    + "AND (CAST(? AS VARCHAR) IS NULL OR tenant_id = ?)")) {
                ps.setLong(1, batch);
                ps.setString(2, tenant);
                ps.setString(3, tenant);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The last ingest batch of the store, 0 when none: the watermark of an incremental computation. */
    public long lastBatch() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(batch_id), 0) FROM events");
                    ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private ProfileMatrix matrix(Connection c, ProfileSql.Scope scope, Object arg, ProfilePriors pri)
            throws SQLException {
        List<String> cats = pri.categories();
        FeatureSet fs = ProfileFeatures.of(cats);
        int d = fs.size();
        if (pri.events() == 0) {
            return new ProfileMatrix(fs, List.of(), new double[0]); // no clean events, no profiles
        }
        int catBase = ProfileFeatures.HEAD.size();
        int seenBase = catBase + cats.size();
        int tailBase = seenBase + cats.size();
        List<String> users = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.userSql(scope))) {
            bindWithPriors(ps, scope, arg, pri);
            try (ResultSet r = ps.executeQuery()) {
                int cols = r.getMetaData().getColumnCount();
                if (cols != 1 + ProfileFeatures.HEAD.size() + ProfileFeatures.TAIL.size()) {
                    throw new IllegalStateException("feature query returned " + cols + " columns");
                }
                while (r.next()) {
                    double[] row = new double[d];
                    String id = r.getString(1);
                    for (int j = 0; j < ProfileFeatures.HEAD.size(); j++) {
                        row[j] = r.getDouble(2 + j);
                    }
                    for (int j = 0; j < ProfileFeatures.TAIL.size(); j++) {
                        row[tailBase + j] = r.getDouble(2 + ProfileFeatures.HEAD.size() + j);
                    }
                    rowOf.put(id, users.size());
                    users.add(id);
                    rows.add(row);
                }
            }
        }
        Map<String, Integer> catIndex = new HashMap<>();
        for (int j = 0; j < cats.size(); j++) {
            catIndex.put(cats.get(j), j);
        }
        double[][] prior = {pri.viewShares(), pri.seenShares()};
        // Sparse (user, category) counts; the smoothing toward the priors is applied here, per ProfileFeatures.
        double[][] n = new double[rows.size()][];
        double[][] ns = new double[rows.size()][];
        try (PreparedStatement ps = c.prepareStatement(sql.categorySql(scope))) {
            bindScope(ps, scope, arg);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Integer row = rowOf.get(r.getString(1));
                    Integer cat = catIndex.get(r.getString(2));
                    if (row != null && cat != null) {
                        if (n[row] == null) {
                            n[row] = new double[cats.size()];
                            ns[row] = new double[cats.size()];
                        }
                        n[row][cat] = r.getLong(3);
                        ns[row][cat] = r.getLong(4);
                    }
                }
            }
        }
        double alpha = ProfileFeatures.CATEGORY_PRIOR;
        for (int i = 0; i < rows.size(); i++) {
            double tot = n[i] == null ? 0 : sum(n[i]);
            double totS = ns[i] == null ? 0 : sum(ns[i]);
            for (int j = 0; j < cats.size(); j++) {
                double nij = n[i] == null ? 0 : n[i][j];
                double nsij = ns[i] == null ? 0 : ns[i][j];
                rows.get(i)[catBase + j] = (nij + alpha * prior[0][j]) / (tot + alpha);
                rows.get(i)[seenBase + j] = (nsij + alpha * prior[1][j]) / (totS + alpha);
            }
        }
        double[] values = new double[users.size() * d];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * d, d);
        }
        return new ProfileMatrix(fs, users, values);
    }

    /** Population shares of each category among views and clicks ([0]) and among item impressions ([1]). */
    private double[][] categoryPriors(Connection c, Map<String, Integer> catIndex) throws SQLException {
        double[][] counts = new double[2][catIndex.size()];
        try (PreparedStatement ps = c.prepareStatement(sql.categoryPriorSql())) {
            bindScope(ps, ProfileSql.Scope.ALL, null);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Integer cat = catIndex.get(r.getString(1));
                    if (cat != null) {
                        counts[0][cat] = r.getLong(2);
                        counts[1][cat] = r.getLong(3);
                    }
                }
            }
        }
        for (double[] row : counts) {
            double total = sum(row);
            for (int j = 0; j < row.length; j++) {
                row[j] = total > 0 ? row[j] / total : 0.0;
            }
        }
        return counts;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    /** Tenant, user (null unless one user), then the scope's argument if any; returns the next parameter index. */
    private int bindScope(PreparedStatement ps, ProfileSql.Scope scope, Object arg) throws SQLException {
        ps.setString(1, tenant);
        ps.setString(2, scope == ProfileSql.Scope.ONE_USER ? (String) arg : null);
        int i = 3;
        if (scope == ProfileSql.Scope.ONE_USER) {
            ps.setString(i++, (String) arg);
        } else if (scope == ProfileSql.Scope.SINCE_BATCH) {
            ps.setLong(i++, (Long) arg);
        }
        return i;
    }

    /** {@link #bindScope}, then the priors in {@link ProfileSql#userSql} order. */
    private void bindWithPriors(PreparedStatement ps, ProfileSql.Scope scope, Object arg, ProfilePriors pri)
            throws SQLException {
        int i = bindScope(ps, scope, arg);
        ps.setString(i++, pri.windowEnd());
        ps.setLong(i++, pri.events());
        ps.setLong(i++, pri.adImpressions());
        ps.setLong(i++, pri.adClicks());
        for (long bin : pri.hourBins()) {
            ps.setLong(i++, bin);
        }
    }

    private String window(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(ts), MAX(ts) FROM clean_events " + "WHERE CAST(? AS VARCHAR) IS NULL OR tenant_id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, tenant);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                Object a = r.getObject(1);
                return a == null
                        ? ""
                        : r.getTimestamp(1).toLocalDateTime() + "Z.."
                                + r.getTimestamp(2).toLocalDateTime() + "Z";
            }
        }
    }

    /** The country offsets as a VALUES list for the {@code tz} table of {@link ProfileSql}. */
    static String offsetValues() {
        StringBuilder sb = new StringBuilder();
        CountryUtcOffsets.all()
                .forEach((country, minutes) -> sb.append(sb.length() == 0 ? "" : ", ")
                        .append("('")
                        .append(country)
                        .append("', ")
                        .append(minutes)
                        .append(')'));
        return sb.toString();
    }
}
