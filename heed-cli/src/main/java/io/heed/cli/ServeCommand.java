package io.heed.cli;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed serve}: the HTTP API until interrupted, configured by heed.yaml and its overriding flags. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API (see /v1/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--host",
            description = "Interface to bind (default: $HEED_HOST, else server.host of --config, " + "else 127.0.0.1).")
    String host;

    @Option(
            names = "--port",
            description =
                    "Port; 0 picks a free one (default: $HEED_PORT, else server.port of " + "--config, else 8080).")
    Integer port;

    /** The configuration served: --config and the environment, these flags over them, data-dir paths filled in. */
    HeedConfig config() {
        HeedConfig c = store.config();
        ServerConfig server = c.server();
        if (host != null) {
            server = server.withHost(host);
        }
        if (port != null) {
            server = server.withPort(port);
        }
        return c.withServer(server).resolved();
    }

    @Override
    public Integer call() throws Exception {
        HeedConfig config = config();
        HeedStore s = config.store().open();
        HeedServer server;
        try {
            server = HeedServer.start(config, s);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        System.out.printf(
                "Heed serving on http://%s:%d (store %s). Ctrl-C stops.%n",
                config.server().host(), server.port(), io.heed.storage.Dialect.redact(s.url()));
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
