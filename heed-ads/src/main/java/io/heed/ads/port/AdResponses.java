package io.heed.ads.port;

import io.heed.ads.model.UserAdResponse;
import java.util.List;

/** Port: per user and ad, impressions and clicks of the clean events (the store aggregates them in SQL). */
public interface AdResponses {
    List<UserAdResponse> byUserAndAd(String tenant);
}
