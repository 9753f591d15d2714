package io.heed.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers shared by the store's classes. */
public final class Sql {
    private Sql() {}

    /** The single long a counting query returns. */
    public static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
