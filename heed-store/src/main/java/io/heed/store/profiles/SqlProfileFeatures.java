package io.heed.store.profiles;

import io.heed.profiles.CountryUtcOffsets;
import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatureSource;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import io.heed.store.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * <p>Population quantities (category and hour-bin priors, ad CTR prior, category mean prices, the window end) are
 * always taken over every user of the tenant; only the per-user aggregates are restricted when one user is asked
 * for ({@link #computeFor}), so one user's row equals their row in {@link #compute()}.
 */
public final class SqlProfileFeatures implements ProfileFeatureSource {
    private final HeedStore store;
    private final String tenant;
    private final ProfileSql sql = new ProfileSql();
    private volatile String window = "";

    /** Features of one tenant's users, or of all users when {@code tenant} is null. */
    public SqlProfileFeatures(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
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
            return matrix(c, null);
        });
    }

    @Override
    public ProfileMatrix computeFor(String userId) {
        Objects.requireNonNull(userId, "userId");
        return store.read(c -> matrix(c, userId));
    }

    private ProfileMatrix matrix(Connection c, String user) throws SQLException {
        List<String> cats = categories(c);
        FeatureSet fs = ProfileFeatures.of(cats);
        int d = fs.size();
        int catBase = ProfileFeatures.HEAD.size();
        int seenBase = catBase + cats.size();
        int tailBase = seenBase + cats.size();
        List<String> users = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        Map<String, Integer> rowOf = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.userSql(user != null))) {
            bind(ps, user);
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
        double[][] prior = categoryPriors(c, catIndex);
        // Sparse (user, category) counts; the smoothing toward the priors is applied here, per ProfileFeatures.
        double[][] n = new double[rows.size()][];
        double[][] ns = new double[rows.size()][];
        try (PreparedStatement ps = c.prepareStatement(sql.categorySql(user != null))) {
            bind(ps, user);
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
            bind(ps, null);
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

    /** Every query starts with two parameters, the tenant (or null) and the user (or null); one user's id again third. */
    private void bind(PreparedStatement ps, String user) throws SQLException {
        ps.setString(1, tenant);
        ps.setString(2, user);
        if (user != null && ps.getParameterMetaData().getParameterCount() >= 3) {
            ps.setString(3, user);
        }
    }

    private String window(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(ts), MAX(ts) FROM clean_events "
                + "WHERE CAST(? AS VARCHAR) IS NULL OR tenant_id = ?")) {
            ps.setString(1, tenant);
            ps.setString(2, tenant);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                Object a = r.getObject(1);
                return a == null ? "" : r.getTimestamp(1).toLocalDateTime() + "Z.." + r.getTimestamp(2)
                        .toLocalDateTime() + "Z";
            }
        }
    }

    /** The country offsets as a VALUES list for the {@code tz} table of {@link ProfileSql}. */
    static String offsetValues() {
        StringBuilder sb = new StringBuilder();
        CountryUtcOffsets.all().forEach((country, minutes) -> sb.append(sb.length() == 0 ? "" : ", ")
                .append("('").append(country).append("', ").append(minutes).append(')'));
        return sb.toString();
    }
}
