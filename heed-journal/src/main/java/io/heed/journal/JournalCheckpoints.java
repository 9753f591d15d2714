package io.heed.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How far each lane of a journal is in the store ({@code journal_checkpoints}, journal schema v1). The sink writes the
 * positions in the same transaction as the records they cover, so after a crash every record is loaded exactly
 * once: those before the position are in the store, those after are not.
 */
public final class JournalCheckpoints {
    private JournalCheckpoints() {}

    /** The end of what a lane has in the store: segment {@code seq}, byte {@code pos}. */
    public record Position(String lane, long seq, int pos) {}

    /** Records the positions (inside the caller's transaction). */
    public static void save(Connection c, String journal, Collection<Position> positions) throws SQLException {
        try (PreparedStatement del =
                        c.prepareStatement("DELETE FROM journal_checkpoints WHERE journal = ? AND lane = ?");
                PreparedStatement ins = c.prepareStatement("INSERT INTO journal_checkpoints VALUES (?, ?, ?, ?)")) {
            for (Position p : positions) {
                del.setString(1, journal);
                del.setString(2, p.lane());
                del.executeUpdate();
                ins.setString(1, journal);
                ins.setString(2, p.lane());
                ins.setLong(3, p.seq());
                ins.setLong(4, p.pos());
                ins.executeUpdate();
            }
        }
    }

    static Map<String, Position> load(Connection c, String journal) throws SQLException {
        Map<String, Position> out = new HashMap<>();
        try (PreparedStatement p =
                c.prepareStatement("SELECT lane, segment, position FROM journal_checkpoints WHERE journal = ?")) {
            p.setString(1, journal);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new Position(r.getString(1), r.getLong(2), (int) r.getLong(3)));
                }
            }
        }
        return out;
    }

    /** Forgets these lanes (their files are gone: each process's lane keys are new, never reused). */
    static void forget(Connection c, String journal, Collection<String> lanes) throws SQLException {
        try (PreparedStatement del =
                c.prepareStatement("DELETE FROM journal_checkpoints WHERE journal = ? AND lane = ?")) {
            for (String lane : lanes) {
                del.setString(1, journal);
                del.setString(2, lane);
                del.executeUpdate();
            }
        }
    }
}
