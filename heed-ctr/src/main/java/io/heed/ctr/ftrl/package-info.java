/**
 * Logistic regression trained by FTRL-Proximal (L1/L2, per-coordinate rates): a mutable {@link io.heed.ctr.ftrl.FtrlLearner} for online updates that publishes immutable {@link io.heed.ctr.ftrl.FtrlModel} snapshots.
 */
package io.heed.ctr.ftrl;
