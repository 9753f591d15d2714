package io.heed.revenue;

import java.util.List;

/** Port: per user and ad, impressions and clicks of the clean events (the store aggregates them in SQL). */
public interface AdResponses {
    List<UserAdResponse> byUserAndAd(String tenant);
}
