/** The attention models' reads from the store: weighted implicit interactions aggregated in SQL. */
package io.heed.store.models;
