/**
 * Training-file readers the product trains from ({@link io.heed.ctr.data.CtrFormat}: libFM/Frappe, Criteo, Taobao,
 * heed-sim impressions with their true probabilities) that stream labelled requests into the feature pipeline; a
 * malformed row fails with a {@link io.heed.ctr.data.MalformedDataException} naming file and line. The Open Bandit
 * reader, used only by benchmarks, is heed-bench's and reuses {@link io.heed.ctr.data.Lines}.
 */
package io.heed.ctr.data;
