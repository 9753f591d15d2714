package io.heed.server.ads;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.JournalConfig;
import io.heed.app.config.ServerConfig;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.nio.file.Path;

/**
 * A server process for {@link AuctionJournalCrashTest} to kill: serves the embedded store in {@code args[0]},
 * journaling in its {@code journal/}; with {@code hold}, a thread then takes the store's writer for good, so no
 * auction reaches the store and everything acknowledged lives only in the journal when the process dies. Prints
 * {@code PORT <n>} once it listens.
 */
public final class CrashingServerMain {
    private CrashingServerMain() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        HeedStore store = HeedStore.openEmbedded(data);
        HeedServer server = HeedServer.start(
                HeedConfig.defaults()
                        .withServer(ServerConfig.defaults().withPort(0))
                        .withJournal(JournalConfig.defaults().withDir(data.resolve("journal"))),
                store);
        if (args.length > 1 && args[1].equals("hold")) {
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            Thread holder = new Thread(
                    () -> store.write(c -> {
                        held.countDown();
                        try {
                            Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    }),
                    "store-holder");
            holder.setDaemon(true);
            holder.start();
            held.await();
        }
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
