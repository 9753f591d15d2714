package io.heed.sim;

/**
 * A device (browser or app install) of one user, known to the publisher only by its anonymous id until the user
 * logs in on it.
 *
 * @param weight how often the owner picks this device for a session, relative to their other devices
 */
record SimDevice(int index, int user, String anonymousId, DeviceType type, Platform platform, double weight) {}
