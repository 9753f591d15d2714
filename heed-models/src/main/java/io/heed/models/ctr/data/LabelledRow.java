package io.heed.models.ctr.data;

import io.heed.models.ctr.CtrRequest;

/** A request with its outcome (1 = clicked / converted) and its time (epoch ms, or the row number). */
public record LabelledRow(CtrRequest request, float label, long time) {
}
