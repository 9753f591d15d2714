package io.heed.sim;

/**
 * Ad creative formats: share of the inventory, median bid CPM in EUR, and the one placement that shows them
 * (native ads sit in the feed, banners beside articles, videos before video items).
 */
enum AdFormat {
    BANNER("banner", 0.40, 1.2, Placement.ARTICLE_SIDEBAR),
    NATIVE("native", 0.40, 2.5, Placement.HOME_FEED),
    VIDEO("video", 0.20, 5.0, Placement.VIDEO_PREROLL);

    final String wire;
    final double share;
    final double medianCpm;
    final Placement placement;

    AdFormat(String wire, double share, double medianCpm, Placement placement) {
        this.wire = wire;
        this.share = share;
        this.medianCpm = medianCpm;
        this.placement = placement;
    }
}
