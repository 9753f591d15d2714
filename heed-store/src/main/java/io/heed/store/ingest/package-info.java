/**
 * Bulk and record ingest: format mappings and validation in SQL, staging, merging (links, duplicates, users), quarantine, catalogs, the key filter.
 */
package io.heed.store.ingest;
