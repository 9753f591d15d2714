package io.heed.ctr;

import io.heed.ctr.features.CtrRequest;

/**
 * Position bias: a click on slot 0 says less about the ad than a click on slot 5, because higher slots are seen
 * more. Heed trains with the position as a feature (so the model attributes the position's effect to the
 * position, not to the ad) and scores every candidate at one fixed position at serving time, so the auction
 * compares ads on their own merit; the slot's own effect is applied by the auction per slot, if at all.
 */
public final class PositionBias {
    /** The position every candidate is scored at by default: the first slot. */
    public static final String SERVING_POSITION = "0";

    private PositionBias() {}

    /** {@code request} with {@code field} set to {@link #SERVING_POSITION}. */
    public static CtrRequest atServingPosition(CtrRequest request, String field) {
        CtrRequest.Builder b = CtrRequest.builder();
        request.categorical().forEach(b::put);
        request.numeric().forEach(b::put);
        return b.put(field, SERVING_POSITION).build();
    }
}
