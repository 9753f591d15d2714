package io.heed.server;

import io.heed.app.config.HeedConfig;
import io.heed.server.wiring.ServerWiring;
import io.heed.storage.HeedStore;
import java.net.URI;

/**
 * The Heed HTTP server. {@link #start} returns once it listens; {@link #close} stops it after committing every
 * batch already accepted. The store is the caller's: it is not closed here.
 *
 * <pre>{@code
 * try (HeedStore store = HeedStore.openEmbedded(Path.of("heed-data"));
 *      HeedServer server = HeedServer.start(
 *              HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
 *     System.out.println("listening on " + server.baseUri());
 * }
 * }</pre>
 */
public final class HeedServer implements AutoCloseable {
    private final HeedConfig config;
    private final ServerWiring wiring;

    private HeedServer(HeedConfig config, ServerWiring wiring) {
        this.config = config;
        this.wiring = wiring;
    }

    /**
     * Starts as {@code config} says (its {@code server}, {@code journal}, {@code models} and {@code ads} sections;
     * the store is the one given, not the {@code store} section's); returns once it listens.
     */
    public static HeedServer start(HeedConfig config, HeedStore store) {
        return new HeedServer(config, ServerWiring.start(config, store));
    }

    /** The port listened on (the actual one when the configuration asked for 0). */
    public int port() {
        return wiring.port();
    }

    /** Ad delivery as served: its engine, for in-process set-up and checks. */
    public io.heed.server.ads.AdsContext ads() {
        return wiring.ads();
    }

    /** The configuration it was started with. */
    public HeedConfig config() {
        return config;
    }

    /** {@code http://host:port} */
    public URI baseUri() {
        String host = config.server().host();
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port());
    }

    @Override
    public void close() {
        wiring.close();
    }
}
