package io.heed.experiments.sql;

import io.heed.experiments.analysis.OutcomeSource;
import io.heed.experiments.analysis.UnitOutcomes;
import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-unit outcomes in SQL: each exposed unit (its first exposure; units logged in two variants are left out, as
 * their outcome belongs to neither) with its ad impressions, ad clicks, revenue (the impression price, as in the
 * revenue ledger: impression prices plus logged click prices) and purchases from the first exposure until the experiment stops, over {@code clean_events}.
 */
public final class SqlOutcomeSource implements OutcomeSource {
    private final HeedStore store;
    private final String tenant;

    public SqlOutcomeSource(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public Map<String, UnitOutcomes> outcomes(ExperimentDefinition d) {
        String sql =
                "WITH fe AS (SELECT unit_id, MIN(variant) AS variant, MIN(ts) AS first_ts FROM experiment_exposures "
                        + "WHERE tenant_id = ? AND experiment = ? GROUP BY unit_id HAVING COUNT(DISTINCT variant) = 1), "
                        + "ev AS (SELECT e.user_id, e.event_type, e.ad_id, e.ts, "
                        + "COALESCE(e.value, a.bid_cpm / 1000.0, 0.0) AS price, COALESCE(e.value, 0.0) AS click_price "
                        + "FROM clean_events e LEFT JOIN ads a "
                        + "ON a.tenant_id = e.tenant_id AND a.ad_id = e.ad_id WHERE e.tenant_id = ? AND e.ts < ? "
                        + "AND e.event_type IN ('impression', 'click', 'purchase')) "
                        + "SELECT fe.variant, fe.unit_id, "
                        + "SUM(CASE WHEN ev.event_type = 'impression' AND ev.ad_id IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN ev.event_type = 'click' AND ev.ad_id IS NOT NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN ev.event_type = 'impression' AND ev.ad_id IS NOT NULL THEN ev.price "
                        + "WHEN ev.event_type = 'click' AND ev.ad_id IS NOT NULL THEN ev.click_price ELSE 0.0 END), "
                        + "SUM(CASE WHEN ev.event_type = 'purchase' THEN 1 ELSE 0 END) "
                        + "FROM fe LEFT JOIN ev ON ev.user_id = fe.unit_id AND ev.ts >= fe.first_ts "
                        + "GROUP BY fe.variant, fe.unit_id ORDER BY fe.variant, fe.unit_id";
        return store.read(c -> {
            Map<String, List<double[]>> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant);
                ps.setString(2, d.name());
                ps.setString(3, tenant);
                ps.setTimestamp(4, Timestamp.from(d.stop()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(new double[] {r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getDouble(6)});
                    }
                }
            }
            Map<String, UnitOutcomes> out = new LinkedHashMap<>();
            rows.forEach((variant, list) -> out.put(variant, toOutcomes(list)));
            return out;
        });
    }

    private static UnitOutcomes toOutcomes(List<double[]> list) {
        int n = list.size();
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                cols[j][i] = list.get(i)[j];
            }
        }
        return new UnitOutcomes(cols[0], cols[1], cols[2], cols[3]);
    }
}
