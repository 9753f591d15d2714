package io.heed.ads.sql;

import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.port.AdCatalogRepository;
import io.heed.storage.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The ad entities in tables {@code ad_advertisers}, {@code ad_campaigns}, {@code ad_creatives}, {@code ad_placements}. */
public final class SqlAdCatalog implements AdCatalogRepository {
    private final HeedStore store;

    public SqlAdCatalog(HeedStore store) {
        this.store = store;
    }

    @Override
    public AdCatalog load() {
        return store.read(c -> new AdCatalog(advertisers(c), campaigns(c), creatives(c), placements(c)));
    }

    @Override
    public void upsert(Advertiser a) {
        store.write(c -> upsert(c, a));
    }

    @Override
    public void upsert(Campaign x) {
        store.write(c -> upsert(c, x));
    }

    @Override
    public void upsert(Creative x) {
        store.write(c -> upsert(c, x));
    }

    @Override
    public void upsert(Placement x) {
        store.write(c -> upsert(c, x));
    }

    private static final String[] CAMPAIGN_COLUMNS = {
        "advertiser_id",
        "name",
        "status",
        "pricing",
        "bid",
        "total_budget",
        "daily_budget",
        "start_at",
        "end_at",
        "hours_mask",
        "personas",
        "segments",
        "contexts",
        "geos",
        "devices",
        "frequency_caps"
    };
    private static final String[] CREATIVE_COLUMNS = {
        "campaign_id", "format", "width", "height", "landing_url", "landing_item_id", "status", "quality"
    };

    private static int upsert(Connection c, Advertiser a) throws SQLException {
        return upsert(
                c,
                "ad_advertisers",
                "advertiser_id",
                new String[] {"name", "status"},
                a.id(),
                a.name(),
                a.status().wire());
    }

    private static int upsert(Connection c, Campaign x) throws SQLException {
        return upsert(c, "ad_campaigns", "campaign_id", CAMPAIGN_COLUMNS, values(x));
    }

    private static Object[] values(Campaign x) {
        Targeting t = x.targeting();
        return new Object[] {
            x.id(),
            x.advertiserId(),
            x.name(),
            x.status().wire(),
            x.pricing().wire(),
            x.bid(),
            x.totalBudget(),
            x.dailyBudget(),
            ts(x.schedule().start()),
            ts(x.schedule().end()),
            x.schedule().hoursMask(),
            ListColumns.join(t.personas()),
            ListColumns.join(t.segments()),
            ListColumns.join(t.contexts()),
            ListColumns.join(t.geos()),
            ListColumns.join(t.devices()),
            ListColumns.caps(x.frequencyCaps())
        };
    }

    private static int upsert(Connection c, Creative x) throws SQLException {
        return upsert(c, "ad_creatives", "creative_id", CREATIVE_COLUMNS, values(x));
    }

    private static Object[] values(Creative x) {
        return new Object[] {
            x.id(),
            x.campaignId(),
            x.format().wire(),
            x.width(),
            x.height(),
            x.landingUrl(),
            x.landingItemId(),
            x.status().wire(),
            x.quality()
        };
    }

    private static int upsert(Connection c, Placement x) throws SQLException {
        return upsert(
                c,
                "ad_placements",
                "placement_id",
                new String[] {"format", "width", "height", "slots", "floor_cpm"},
                x.id(),
                x.format().wire(),
                x.width(),
                x.height(),
                x.slots(),
                x.floorCpm());
    }

    /**
     * Many campaigns and creatives in one transaction (bulk set-up, benchmarks): rows go into temporary copies of
     * the tables through one prepared statement each, then into the tables with one upsert each (a statement per
     * row against the primary-key index manages under a hundred rows a second on DuckDB).
     */
    public void upsertAll(List<Campaign> campaigns, List<Creative> creatives) {
        store.write(c -> {
            stageAndMerge(
                    c,
                    "ad_campaigns",
                    "campaign_id",
                    CAMPAIGN_COLUMNS,
                    campaigns.stream().map(SqlAdCatalog::values).toList());
            stageAndMerge(
                    c,
                    "ad_creatives",
                    "creative_id",
                    CREATIVE_COLUMNS,
                    creatives.stream().map(SqlAdCatalog::values).toList());
            return null;
        });
    }

    private static void stageAndMerge(Connection c, String table, String key, String[] columns, List<Object[]> rows)
            throws SQLException {
        String stage = "stage_" + table;
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + stage);
            s.execute("CREATE TEMPORARY TABLE " + stage + " AS SELECT * FROM " + table + " WHERE 1 = 0");
        }
        try (PreparedStatement p = c.prepareStatement(insertSql(stage, key, columns))) {
            for (Object[] row : rows) {
                bind(p, row).addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " SELECT * FROM " + stage + onConflict(key, columns));
            s.execute("DROP TABLE " + stage);
        }
    }

    private static int upsert(Connection c, String table, String key, String[] columns, Object... values)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(insertSql(table, key, columns) + onConflict(key, columns))) {
            return bind(p, values).executeUpdate();
        }
    }

    private static String insertSql(String table, String key, String[] columns) {
        return "INSERT INTO " + table + " (" + key + ", " + String.join(", ", columns) + ", updated_at) VALUES ("
                + "?, ".repeat(columns.length + 1) + "?)";
    }

    private static String onConflict(String key, String[] columns) {
        StringBuilder set = new StringBuilder(" ON CONFLICT (").append(key).append(") DO UPDATE SET ");
        for (String col : columns) {
            set.append(col).append(" = EXCLUDED.").append(col).append(", ");
        }
        return set.append("updated_at = EXCLUDED.updated_at").toString();
    }

    private static PreparedStatement bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            p.setObject(i + 1, values[i]);
        }
        p.setObject(values.length + 1, ts(Instant.now()));
        return p;
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet r, String col) throws SQLException {
        return r.getTimestamp(col).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static List<Advertiser> advertisers(Connection c) throws SQLException {
        List<Advertiser> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT advertiser_id, name, status FROM ad_advertisers ORDER BY advertiser_id")) {
            while (r.next()) {
                out.add(new Advertiser(r.getString(1), r.getString(2), Status.parse("status", r.getString(3))));
            }
        }
        return out;
    }

    private static List<Campaign> campaigns(Connection c) throws SQLException {
        List<Campaign> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM ad_campaigns ORDER BY campaign_id")) {
            while (r.next()) {
                Targeting t = new Targeting(
                        ListColumns.split(r.getString("personas")),
                        ListColumns.split(r.getString("segments")),
                        ListColumns.split(r.getString("contexts")),
                        ListColumns.split(r.getString("geos")),
                        ListColumns.split(r.getString("devices")));
                out.add(new Campaign(
                        r.getString("campaign_id"),
                        r.getString("advertiser_id"),
                        r.getString("name"),
                        Status.parse("status", r.getString("status")),
                        Pricing.parse("pricing", r.getString("pricing")),
                        r.getDouble("bid"),
                        r.getDouble("total_budget"),
                        r.getDouble("daily_budget"),
                        new Schedule(instant(r, "start_at"), instant(r, "end_at"), r.getInt("hours_mask")),
                        t,
                        ListColumns.caps(r.getString("frequency_caps"))));
            }
        }
        return out;
    }

    private static List<Creative> creatives(Connection c) throws SQLException {
        List<Creative> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM ad_creatives ORDER BY creative_id")) {
            while (r.next()) {
                out.add(new Creative(
                        r.getString("creative_id"),
                        r.getString("campaign_id"),
                        AdFormat.parse("format", r.getString("format")),
                        r.getInt("width"),
                        r.getInt("height"),
                        r.getString("landing_url"),
                        r.getString("landing_item_id"),
                        Status.parse("status", r.getString("status")),
                        r.getDouble("quality")));
            }
        }
        return out;
    }

    private static List<Placement> placements(Connection c) throws SQLException {
        List<Placement> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM ad_placements ORDER BY placement_id")) {
            while (r.next()) {
                out.add(new Placement(
                        r.getString("placement_id"),
                        AdFormat.parse("format", r.getString("format")),
                        r.getInt("width"),
                        r.getInt("height"),
                        r.getInt("slots"),
                        r.getDouble("floor_cpm")));
            }
        }
        return out;
    }
}
