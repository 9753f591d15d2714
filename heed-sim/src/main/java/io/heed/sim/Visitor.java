package io.heed.sim;

/** One arrival at the loop's ad slot: the user (as the publisher's logs name them) and the slot. */
public record Visitor(int userIndex, String userId, String geo, String placement, int position) {}
