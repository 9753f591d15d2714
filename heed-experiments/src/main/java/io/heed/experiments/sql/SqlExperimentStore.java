package io.heed.experiments.sql;

import io.heed.experiments.registry.ExperimentDefinition;
import io.heed.experiments.registry.ExperimentStore;
import io.heed.experiments.registry.Exposure;
import io.heed.experiments.registry.ExposureLog;
import io.heed.experiments.registry.Targeting;
import io.heed.experiments.registry.Treatment;
import io.heed.experiments.registry.Variant;
import io.heed.storage.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Experiment definitions and exposures of one tenant in the store. Targeting sets are stored '|'-joined. */
public final class SqlExperimentStore implements ExperimentStore, ExposureLog {
    private static final int CHUNK = 500;
    private final HeedStore store;
    private final String tenant;

    public SqlExperimentStore(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public void save(ExperimentDefinition d) {
        store.write(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO experiments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, tenant);
                ps.setString(2, d.name());
                ps.setString(3, d.salt());
                ps.setString(4, d.control());
                ps.setString(5, join(d.targeting().personas()));
                ps.setString(6, join(d.targeting().geos()));
                ps.setString(7, join(d.targeting().devices()));
                ps.setTimestamp(8, Timestamp.from(d.start()));
                ps.setTimestamp(9, Timestamp.from(d.stop()));
                ps.setTimestamp(10, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO experiment_variants VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int i = 0;
                for (Variant v : d.variants()) {
                    ps.setString(1, tenant);
                    ps.setString(2, d.name());
                    ps.setInt(3, i++);
                    ps.setString(4, v.name());
                    ps.setString(5, v.treatment().kind().name().toLowerCase(Locale.ROOT));
                    ps.setString(6, v.treatment().ref());
                    ps.setInt(7, v.basisPoints());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<ExperimentDefinition> find(String name) {
        return load(name).stream().findFirst();
    }

    @Override
    public List<ExperimentDefinition> list() {
        return load(null);
    }

    private List<ExperimentDefinition> load(String name) {
        return store.read(c -> {
            Map<String, List<Variant>> variants = variants(c, name);
            List<ExperimentDefinition> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, salt, control, personas, geos, devices, "
                    + "start_at, stop_at FROM experiments WHERE tenant_id = ?" + (name == null ? "" : " AND name = ?")
                    + " ORDER BY created_at, name")) {
                ps.setString(1, tenant);
                if (name != null) {
                    ps.setString(2, name);
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String n = r.getString(1);
                        out.add(new ExperimentDefinition(
                                n,
                                r.getString(2),
                                r.getString(3),
                                variants.getOrDefault(n, List.of()),
                                new Targeting(split(r.getString(4)), split(r.getString(5)), split(r.getString(6))),
                                r.getTimestamp(7).toInstant(),
                                r.getTimestamp(8).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    private Map<String, List<Variant>> variants(Connection c, String name) throws SQLException {
        Map<String, List<Variant>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT experiment, variant, kind, ref, basis_points "
                + "FROM experiment_variants WHERE tenant_id = ?" + (name == null ? "" : " AND experiment = ?")
                + " ORDER BY experiment, ordinal")) {
            ps.setString(1, tenant);
            if (name != null) {
                ps.setString(2, name);
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Variant(
                                    r.getString(2),
                                    Treatment.parse(r.getString(3) + ":" + r.getString(4)),
                                    r.getInt(5)));
                }
            }
        }
        return out;
    }

    @Override
    public void append(List<Exposure> exposures) {
        store.write(c -> {
            for (int from = 0; from < exposures.size(); from += CHUNK) {
                int to = Math.min(exposures.size(), from + CHUNK);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO experiment_exposures VALUES "
                        + String.join(", ", Collections.nCopies(to - from, "(?, ?, ?, ?, ?)")))) {
                    int i = 1;
                    for (Exposure e : exposures.subList(from, to)) {
                        ps.setString(i++, tenant);
                        ps.setString(i++, e.experiment());
                        ps.setString(i++, e.unitId());
                        ps.setString(i++, e.variant());
                        ps.setTimestamp(i++, Timestamp.from(e.at()));
                    }
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, Long> unitsPerVariant(String experiment) {
        return store.read(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT variant, COUNT(DISTINCT unit_id) FROM "
                            + "experiment_exposures WHERE tenant_id = ? AND experiment = ? GROUP BY variant ORDER BY variant")) {
                ps.setString(1, tenant);
                ps.setString(2, experiment);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    private static String join(Set<String> s) {
        return s.isEmpty() ? null : String.join("|", new java.util.TreeSet<>(s));
    }

    private static Set<String> split(String s) {
        return s == null || s.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(s.split("\\|")));
    }
}
