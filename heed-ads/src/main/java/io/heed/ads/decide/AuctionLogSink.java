package io.heed.ads.decide;

import java.util.List;

/** Stores decisions (candidates, scores, prices, winners, propensities) for audit and off-policy evaluation. */
public interface AuctionLogSink {
    void append(List<Decision> decisions);
}
