package io.heed.ads.port;

import java.util.function.Supplier;

/** Small durable settings of the ad server, such as the tracking-URL secret. */
public interface AdSettings {
    /** The stored value, or {@code initial} stored now when there is none. */
    String getOrCreate(String name, Supplier<String> initial);
}
