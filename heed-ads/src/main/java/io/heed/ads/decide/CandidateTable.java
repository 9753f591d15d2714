package io.heed.ads.decide;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The scored candidates of one decision as primitive columns (campaign and creative indices into the snapshot's
 * {@link CampaignColumns}, predictions, eCPM, throttle, participation) instead of one object per candidate: a
 * decision waits in the auction-log queue for a while, and ~120 small objects per decision made young-generation
 * collections copy (and pause) far longer than a few arrays do.
 *
 * <p>As a {@code List<Candidate>} it reads in {@link #order} — rank order as far as the auction needed it, then
 * the rest — and builds each {@link Candidate} on demand (the log writer reads the first few, off the event
 * loop). Filled by the engine on one thread, then never changed.
 */
final class CandidateTable extends AbstractList<Candidate> implements RandomAccess {
    private final CampaignColumns columns;
    int size;
    int[] campaign;
    int[] creative;
    double[] pClick;
    double[] pConvert;
    double[] weight;
    double[] ecpm;
    double[] throttle;
    boolean[] participated;
    /** Position k of the list is row {@code order[k]}. */
    int[] order;

    CandidateTable(CampaignColumns columns, int capacity) {
        this.columns = columns;
        int c = Math.max(1, capacity);
        campaign = new int[c];
        creative = new int[c];
        pClick = new double[c];
        pConvert = new double[c];
        weight = new double[c];
        ecpm = new double[c];
        throttle = new double[c];
        participated = new boolean[c];
    }

    /** Appends a row (rows stay in the order added until {@link #seal}). */
    void add(int campaignIndex, int creativeIndex, double pc, double pv, double w, double e, double t, boolean p) {
        int r = size++;
        campaign[r] = campaignIndex;
        creative[r] = creativeIndex;
        pClick[r] = pc;
        pConvert[r] = pv;
        weight[r] = w;
        ecpm[r] = e;
        throttle[r] = t;
        participated[r] = p;
    }

    /** Ends filling (the columns keep their slack: only a table small enough to be logged whole is trimmed). */
    void seal() {
        order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
    }

    /** Whether row a ranks before row b: higher eCPM, then lower campaign index (= campaign id order). */
    boolean ranksBefore(int a, int b) {
        return ecpm[a] > ecpm[b] || (ecpm[a] == ecpm[b] && campaign[a] < campaign[b]);
    }

    /**
     * The best {@code k} rows in rank order, for the auction log: this table itself, fully ranked, when it has no
     * more than {@code k} rows and no slack (no copy); otherwise a new table of exactly the best rows, so a decision
     * waiting in the log's queue holds no more than it logs.
     */
    CandidateTable best(Ranking ranked, int k) {
        int n = Math.min(k, size);
        if (n > 1) {
            ranked.row(n - 1); // ranks the first n rows, so the list reads in rank order
        }
        if (size <= k && campaign.length == size) {
            return this;
        }
        CandidateTable t = new CandidateTable(columns, n);
        for (int j = 0; j < n; j++) {
            int r = ranked.row(j);
            t.add(campaign[r], creative[r], pClick[r], pConvert[r], weight[r], ecpm[r], throttle[r], participated[r]);
        }
        t.seal();
        return t;
    }

    CampaignColumns columns() {
        return columns;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Candidate get(int k) {
        return row(order[k]);
    }

    /** The candidate of row r as a record. */
    Candidate row(int r) {
        CampaignColumns c = columns;
        int i = campaign[r];
        int k = creative[r];
        return new Candidate(
                c.id[i],
                c.creative[k].id(),
                c.campaign[i].advertiserId(),
                c.pricing[i],
                c.bid[i],
                pClick[r],
                pConvert[r],
                c.creativeQuality[k],
                weight[r],
                ecpm[r],
                throttle[r],
                participated[r]);
    }
}
