package io.heed.sim;

/**
 * One generated event before it gets its id and its CSV line. Indices point into the population, catalog and
 * inventory; -1 (or NaN for doubles) means "missing". Impressions carry the true probabilities they were sampled
 * with; other events carry NaN there.
 *
 * @param loggedIn  whether the device was logged in when the event happened (then {@code user_id} is written)
 * @param page      which page the event happened on; {@code pageArg} is the feed page number or the item index
 */
record SimEvent(
        long timestamp,
        EventType type,
        int user,
        int device,
        boolean loggedIn,
        int item,
        int ad,
        double value,
        Placement placement,
        int position,
        long session,
        Page page,
        int pageArg,
        double pClick,
        double pConvert) {

    enum Page {
        FEED,
        ITEM,
        CHECKOUT
    }
}
