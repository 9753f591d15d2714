package io.heed.storage;

/** The two supported databases and the few places where their SQL differs. */
public enum Dialect {
    DUCKDB("duckdb"),
    POSTGRES("postgres");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    public static Dialect fromUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:duckdb:")) {
            return DUCKDB;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new IllegalArgumentException("unsupported store URL '" + redact(jdbcUrl)
                + "': use jdbc:duckdb:PATH (embedded, default) or jdbc:postgresql://HOST:PORT/DB?user=..&password=..");
    }

    /** The migrations folder under {@code db/} beside each room's {@link Schema} class. */
    public String folder() {
        return folder;
    }

    /** Suffix that makes an insert skip rows violating a unique key; DuckDB events have none (anti-join). */
    public String onConflictIgnore() {
        return this == POSTGRES ? " ON CONFLICT DO NOTHING" : "";
    }

    /** A 64-bit hash of a row's (tenant_id, event_id), to find duplicate candidates cheaply before exact checks. */
    public String eventKeyHash() {
        return this == DUCKDB ? "hash(tenant_id, event_id)" : "hashtextextended(tenant_id || '/' || event_id, 0)";
    }

    /** SQL for epoch milliseconds of a TIMESTAMP column. */
    public String epochMillis(String column) {
        return this == DUCKDB ? "epoch_ms(" + column + ")" : "(EXTRACT(EPOCH FROM " + column + ") * 1000)::BIGINT";
    }

    /** Hides the password of a JDBC URL for messages and logs. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
