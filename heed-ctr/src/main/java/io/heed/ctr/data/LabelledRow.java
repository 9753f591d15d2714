package io.heed.ctr.data;

import io.heed.ctr.features.CtrRequest;

/** A request with its outcome (1 = clicked / converted) and its time (epoch ms, or the row number). */
public record LabelledRow(CtrRequest request, float label, long time) {}
