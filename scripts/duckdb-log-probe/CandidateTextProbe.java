import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * What storing an auction row costs DuckDB with and without its candidate JSON: rows shaped like {@code ad_auctions}
 * appended through the Appender in batches of 20,000, one commit each, then a CHECKPOINT; reports microseconds per
 * row (load, and the final checkpoint). Candidates are 10 positional arrays of synthetic values, as the log writes
 * them, or {@code []}. Set CT to a size (e.g. 256MB) to raise DuckDB's checkpoint_threshold.
 *
 * <pre>java -cp DUCKDB_JAR CandidateTextProbe.java ROWS</pre>
 */
public class CandidateTextProbe {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        for (boolean withCandidates : new boolean[] {false, true}) {
            for (int rep = 0; rep < 3; rep++) {
                run(rows, withCandidates, rep);
            }
        }
    }

    static void run(int rows, boolean withCandidates, int rep) throws Exception {
        Path dir = Files.createTempDirectory("duckdb-log-probe");
        String[] candidates = new String[1000];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = withCandidates ? candidateJson(rng) : "[]";
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("probe.duckdb"));
             Statement s = c.createStatement()) {
            if (System.getenv("CT") != null) {
                s.execute("SET checkpoint_threshold = '" + System.getenv("CT") + "'");
            }
            s.execute("CREATE TABLE ad_auctions (decision_id VARCHAR NOT NULL, request_id VARCHAR NOT NULL, "
                    + "placement_id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, floor_cpm DOUBLE NOT NULL, personalised "
                    + "BOOLEAN NOT NULL, user_id VARCHAR, persona VARCHAR, problem VARCHAR, candidates_n INTEGER NOT "
                    + "NULL, candidates VARCHAR NOT NULL, winners VARCHAR NOT NULL)");
            long t0 = System.nanoTime();
            for (int from = 0; from < rows; from += 20_000) {
                c.setAutoCommit(false);
                try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                        "ad_auctions")) {
                    for (int i = from; i < Math.min(rows, from + 20_000); i++) {
                        a.beginRow();
                        a.append("d" + i);
                        a.append("r" + i);
                        a.append("feed");
                        a.appendEpochMicros(1_795_000_000_000_000L + i * 50L);
                        a.append(0.5);
                        a.append(true);
                        a.append("u" + (i % 100_000));
                        a.append("commuter");
                        a.appendNull();
                        a.append(121);
                        a.append(candidates[i % candidates.length]);
                        a.append("[[0,\"c00107\",\"c00107-n\",0.476849870765,1.2,477,0.93]]");
                        a.endRow();
                    }
                }
                c.commit();
                c.setAutoCommit(true);
            }
            long t1 = System.nanoTime();
            s.execute("CHECKPOINT");
            long t2 = System.nanoTime();
            System.out.printf("%s candidates, run %d: load %.1f us/row, final checkpoint %.1f us/row%n",
                    withCandidates ? "10" : "no", rep + 1, (t1 - t0) / 1e3 / rows, (t2 - t1) / 1e3 / rows);
        }
    }

    /** 10 candidates as the auction log writes them: [campaign, creative, pricing, bid, pClick, pConvert, ecpm,
     * throttle, participated], numbers with 12 significant digits at most. */
    static String candidateJson(SplittableRandom rng) {
        StringBuilder b = new StringBuilder("[");
        for (int k = 0; k < 10; k++) {
            int campaign = rng.nextInt(10_000);
            b.append(k == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "[\"c%05d\",\"c%05d-n\",\"cpm\",%.6f,%.10f,%.10f,%.9f,%.6f,true]", campaign, campaign,
                    0.2 + 3 * rng.nextDouble(), 0.05 * rng.nextDouble(), 0.1 * rng.nextDouble(), 3 * rng.nextDouble(),
                    rng.nextDouble()));
        }
        return b.append(']').toString();
    }
}
