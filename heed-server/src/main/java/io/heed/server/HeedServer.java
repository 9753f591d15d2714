package io.heed.server;

import io.heed.events.validate.ValidationPolicy;
import io.heed.server.wiring.ServerWiring;
import io.heed.storage.HeedStore;
import java.net.URI;

/**
 * The Heed HTTP server. {@link #start} returns once it listens; {@link #close} stops it after committing every
 * batch already accepted. The store is the caller's: it is not closed here.
 *
 * <pre>{@code
 * try (HeedStore store = HeedStore.openEmbedded(Path.of("heed-data"));
 *      HeedServer server = HeedServer.start(ServerConfig.defaults().withPort(0), store)) {
 *     System.out.println("listening on " + server.baseUri());
 * }
 * }</pre>
 */
public final class HeedServer implements AutoCloseable {
    private final ServerConfig config;
    private final ServerWiring wiring;

    private HeedServer(ServerConfig config, ServerWiring wiring) {
        this.config = config;
        this.wiring = wiring;
    }

    /** Starts with the default validation policy. */
    public static HeedServer start(ServerConfig cfg, HeedStore store) {
        return start(cfg, store, ValidationPolicy.defaults());
    }

    /** Starts with a given validation policy (event types, default tenant, clock). */
    public static HeedServer start(ServerConfig cfg, HeedStore store, ValidationPolicy policy) {
        return new HeedServer(cfg, ServerWiring.start(cfg, store, policy));
    }

    /** As above, also serving {@code GET /v1/personas} from the persona model file (may not exist yet). */
    public static HeedServer start(ServerConfig cfg, HeedStore store, ValidationPolicy policy,
                                   java.nio.file.Path personaModel) {
        return new HeedServer(cfg, ServerWiring.start(cfg, store, policy, personaModel));
    }

    /** As above, also serving {@code POST /v1/ctr/explain} from the CTR model file (may not exist yet). */
    public static HeedServer start(ServerConfig cfg, HeedStore store, ValidationPolicy policy,
                                   java.nio.file.Path personaModel, java.nio.file.Path ctrModel) {
        return new HeedServer(cfg, ServerWiring.start(cfg, store, policy, personaModel, ctrModel));
    }

    /** The port listened on (the actual one when the configuration asked for 0). */
    public int port() {
        return wiring.port();
    }

    /** Ad delivery as served: its engine, for in-process set-up and checks. */
    public io.heed.server.ads.AdsContext ads() {
        return wiring.ads();
    }

    public ServerConfig config() {
        return config;
    }

    /** {@code http://host:port} */
    public URI baseUri() {
        String h = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + h + ":" + port());
    }

    @Override
    public void close() {
        wiring.close();
    }
}
