package io.heed.store.ads;

import io.heed.ads.decide.Decision;
import io.heed.ads.port.SpendHistory.Charge;
import io.heed.store.HeedStore;
import io.heed.store.journal.Journal;
import io.heed.store.journal.JournalLoader;
import io.heed.store.journal.RecordBytes;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The auction log as serving writes it: each decision (with its impression charges) is appended to a local
 * {@link Journal} on the serving thread before the answer leaves, so an acknowledged auction and the money it
 * spent survive a crash; a {@link JournalLoader} moves the journal into {@code ad_auctions} and {@code ad_spend}
 * in the background, exactly once, and at start first loads what a crashed process left (so the budget ledger,
 * restored from {@code ad_spend} after this opens, counts every charge served).
 */
public final class AuctionJournal implements Consumer<Decision>, AutoCloseable {
    static final String NAME = "auctions";
    private final JournalLoader loader;
    private final Journal journal;
    private final LongAdder unreadable = new LongAdder();

    private AuctionJournal(Journal journal, HeedStore store, int maxBatch, long lingerMillis, long maxBacklogBytes) {
        this.journal = journal;
        SqlAuctionLog log = new SqlAuctionLog(store);
        this.loader = new JournalLoader(journal, store, (c, records) -> {
            List<Charge> charges = new ArrayList<>();
            log.appendRows(c, decode(records, charges));
            log.appendCharges(c, charges);
        }, maxBatch, lingerMillis, maxBacklogBytes);
    }

    /**
     * Opens the journal in {@code dir/auctions}, loading into the store whatever an earlier process left there, and starts
     * loading. Serving should stop taking auctions while {@link #behind}: more than {@code maxBacklogBytes} waits.
     */
    public static AuctionJournal open(HeedStore store, Path dir, long maxBacklogBytes) {
        return open(store, dir, maxBacklogBytes, 200);
    }

    /** As above, gathering records for up to {@code lingerMillis} per store commit (default 200 ms). */
    public static AuctionJournal open(HeedStore store, Path dir, long maxBacklogBytes, long lingerMillis) {
        return new AuctionJournal(Journal.open(dir.resolve(NAME), NAME, Journal.DEFAULT_SEGMENT_BYTES), store, 20_000,
                lingerMillis, maxBacklogBytes);
    }

    /** Journals the decision; when this returns it survives the process being killed. */
    @Override
    public void accept(Decision d) {
        RecordBytes b = AuctionRowCodec.encode(AuctionRow.of(d));
        journal.append(b.bytes(), b.length());
    }

    /**
     * Journals a charge taken outside a decision (a CPC click, a CPA conversion); when this returns it survives the
     * process being killed, and it reaches {@code ad_spend} exactly once.
     */
    public void acceptCharge(Charge charge) {
        RecordBytes b = AuctionRowCodec.encode(charge);
        journal.append(b.bytes(), b.length());
    }

    private List<AuctionRow> decode(List<ByteBuffer> records, List<Charge> charges) {
        List<AuctionRow> rows = new ArrayList<>(records.size());
        for (ByteBuffer r : records) {
            try {
                if (AuctionRowCodec.isCharge(r)) {
                    charges.add(AuctionRowCodec.decodeCharge(r));
                    continue;
                }
                rows.add(AuctionRowCodec.decode(r));
            } catch (IllegalArgumentException e) {
                unreadable.increment();
                LoggerFactory.getLogger(AuctionJournal.class).error("auction journal record skipped: {}",
                        e.getMessage());
            }
        }
        return rows;
    }

    /** Whether the store is so far behind that serving should refuse new auctions. */
    public boolean behind() {
        return loader.behind();
    }

    /** Decisions journaled and not yet in the store. */
    public long pending() {
        return loader.pending();
    }

    /** Decisions moved into the store by this process (recovered ones included). */
    public long written() {
        return loader.written();
    }

    /** Store writes that failed and were retried (nothing is dropped). */
    public long failedWrites() {
        return loader.failedWrites();
    }

    /** Records that could not be decoded (a bug or disk corruption), skipped. */
    public long unreadable() {
        return unreadable.sum();
    }

    /** Decisions an earlier process had journaled but not loaded, loaded at this start. */
    public long recovered() {
        return loader.recovered();
    }

    /** Loads what is journaled (waiting up to {@code waitMillis}), then stops; true when all of it is stored. */
    public boolean close(long waitMillis) {
        return loader.close(waitMillis);
    }

    @Override
    public void close() {
        close(300_000);
    }
}
