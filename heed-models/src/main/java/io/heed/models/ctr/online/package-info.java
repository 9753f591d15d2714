/**
 * Online learning while serving: {@link io.heed.models.ctr.online.OnlineFtrl} (one writer, immutable snapshots
 * swapped in through a volatile reference) and {@link io.heed.models.ctr.online.DriftMonitor} (rolling AUC and
 * calibration, warnings as data).
 */
package io.heed.models.ctr.online;
