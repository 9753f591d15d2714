/**
 * Ingest formats, their detection, progress and reports; what a quarantined record carries.
 */
package io.heed.events.ingest;
