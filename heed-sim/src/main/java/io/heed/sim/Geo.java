package io.heed.sim;

/**
 * Where users live: ISO country, share of the audience, and the UTC offset used to turn a persona's local
 * rhythm into UTC timestamps (standard time; daylight saving is ignored to keep the truth simple).
 */
enum Geo {
    FR(0.28, 1),
    DE(0.20, 1),
    GB(0.15, 0),
    US(0.17, -5),
    ES(0.10, 1),
    IT(0.10, 1);

    final double share;
    final int utcOffsetHours;

    Geo(double share, int utcOffsetHours) {
        this.share = share;
        this.utcOffsetHours = utcOffsetHours;
    }
}
