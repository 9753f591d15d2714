package io.heed.sim;

/** Software platform of a device, as written in the {@code platform} column. Desktops are always web. */
enum Platform {
    WEB("web"),
    IOS("ios"),
    ANDROID("android");

    final String wire;

    Platform(String wire) {
        this.wire = wire;
    }
}
