package io.heed.ads.sql;

import io.heed.ads.decide.Decision;
import io.heed.ads.port.SpendHistory.Charge;
import io.heed.journal.Journal;
import io.heed.journal.JournalLoader;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The auction log as serving writes it: each decision (with its impression charges) is appended to a local
 * {@link Journal} on the serving thread before the answer leaves, so an acknowledged auction and the money it
 * spent survive a crash; a {@link JournalLoader} moves the journal into {@code ad_auctions} and {@code ad_spend}
 * in the background, exactly once, and at start first loads what a crashed process left (so the budget ledger,
 * restored from {@code ad_spend} after this opens, counts every charge served).
 */
public final class AuctionJournal implements Consumer<Decision>, AutoCloseable {
    static final String NAME = "auctions";
    private final JournalLoader<AuctionRowCodec.Decoded> loader;
    private final Journal journal;

    private AuctionJournal(Journal journal, HeedStore store, long maxBacklogBytes) {
        this.journal = journal;
        SqlAuctionLog log = new SqlAuctionLog(store);
        this.loader = new JournalLoader<>(
                journal,
                store,
                AuctionRowCodec::decodeAny,
                (c, records) -> {
                    List<AuctionRow> rows = new ArrayList<>(records.size());
                    List<Charge> charges = new ArrayList<>();
                    for (AuctionRowCodec.Decoded r : records) {
                        if (r.row() != null) {
                            rows.add(r.row());
                        } else {
                            charges.add(r.charge());
                        }
                    }
                    log.appendRows(c, rows);
                    log.appendCharges(c, charges);
                },
                20_000,
                200,
                maxBacklogBytes);
    }

    /**
     * Opens the journal in {@code dir/auctions}, loading into the store whatever an earlier process left there, and
     * starts loading. Serving should stop taking auctions while {@link #behind}: more than {@code maxBacklogBytes} waits.
     */
    public static AuctionJournal open(HeedStore store, Path dir, long maxBacklogBytes) {
        return new AuctionJournal(
                Journal.open(dir.resolve(NAME), NAME, Journal.DEFAULT_SEGMENT_BYTES), store, maxBacklogBytes);
    }

    /** Journals the decision; when this returns it survives the process being killed. */
    @Override
    public void accept(Decision d) {
        journal.append(AuctionRowCodec.encode(AuctionRow.of(d)));
    }

    /**
     * Journals a charge taken outside a decision (a CPC click, a CPA conversion); when this returns it survives the
     * process being killed, and it reaches {@code ad_spend} exactly once.
     */
    public void acceptCharge(Charge charge) {
        journal.append(AuctionRowCodec.encode(charge));
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
        return loader.unreadable();
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
