/**
 * The revenue stage's storage: {@link io.heed.revenue.sql.SqlRevenueLedger} joins ad impressions, clicks and
 * purchases of {@code clean_events} with the ad catalog and persona labels in one SQL statement per report (DuckDB
 * and PostgreSQL alike); heed-profiles' {@code PersonaLabels} keeps the {@code user_personas} table those reports
 * group by. The revenue room has no tables of its own. May use heed-storage and JDBC.
 */
package io.heed.revenue.sql;
