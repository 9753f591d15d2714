/**
 * Training-file readers (libFM/Frappe, Criteo, Open Bandit, Taobao, heed-sim impressions with their true probabilities) that stream labelled requests into the feature pipeline; a malformed row fails with a {@link io.heed.ctr.data.MalformedDataException} naming file and line.
 */
package io.heed.ctr.data;
