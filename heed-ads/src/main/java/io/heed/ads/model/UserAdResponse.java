package io.heed.ads.model;

/** How one user responded to one ad over the logs: impressions and clicks (training data for attention models). */
public record UserAdResponse(String userId, String adId, long impressions, long clicks) {
    public UserAdResponse {
        if (impressions < 0 || clicks < 0) {
            throw new IllegalArgumentException("negative count for user " + userId + ", ad " + adId);
        }
    }
}
