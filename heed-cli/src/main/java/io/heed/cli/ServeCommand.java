package io.heed.cli;

import io.heed.server.HeedServer;
import io.heed.server.ServerConfig;
import io.heed.storage.HeedStore;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed serve}: the HTTP API until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API (see /v1/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        HeedStore s = store.open();
        HeedServer server = HeedServer.start(ServerConfig.defaults().withHost(host).withPort(port)
                        .withJournalDir(store.dataDir.resolve("journal")), s,
                io.heed.events.validate.ValidationPolicy.defaults(), PersonasCommand.modelPath(store, null),
                CtrCommand.modelPath(store.dataDir, null));
        System.out.printf("Heed serving on http://%s:%d (store %s). Ctrl-C stops.%n", host, server.port(),
                io.heed.storage.Dialect.redact(s.url()));
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
