package io.heed.sim;

/** Form factor of a device, as written in the {@code device} column. */
enum DeviceType {
    MOBILE("mobile"),
    DESKTOP("desktop"),
    TABLET("tablet");

    final String wire;

    DeviceType(String wire) {
        this.wire = wire;
    }
}
