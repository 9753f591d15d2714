/**
 * The revenue stage's storage: {@link io.heed.store.revenue.SqlRevenueLedger} joins ad impressions, clicks and
 * purchases of {@code clean_events} with the ad catalog and persona labels in one SQL statement per report (DuckDB
 * and PostgreSQL alike); {@link io.heed.store.revenue.PersonaLabels} keeps the {@code user_personas} table those
 * reports group by.
 */
package io.heed.store.revenue;
