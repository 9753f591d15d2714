package io.heed.sim;

/** Where on the page something was shown; each ad format has exactly one placement. */
enum Placement {
    HOME_FEED("home_feed"),
    ARTICLE_SIDEBAR("article_sidebar"),
    VIDEO_PREROLL("video_preroll");

    final String wire;

    Placement(String wire) {
        this.wire = wire;
    }
}
