/**
 * Online learning while serving: {@link io.heed.ctr.online.OnlineFtrl} (one writer, immutable snapshots
 * swapped in through a volatile reference) and {@link io.heed.ctr.online.DriftMonitor} (rolling AUC and
 * calibration, warnings as data).
 */
package io.heed.ctr.online;
