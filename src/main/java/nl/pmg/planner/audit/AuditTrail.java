package nl.pmg.planner.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.store.Store;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail (table {@code audit_event}) and its anchor ({@code audit_anchor}: how many
 * events there are and the last checksum). Each event's checksum is SHA-256 over the previous one's and its
 * own fields ({@link Chain}). Under PostGIS a trigger running with the migration role's rights assigns the
 * place and the checksum and moves the anchor, holding the anchor row until the transaction ends, so that
 * writers on several instances append one after another; in the embedded store the same happens here, the
 * anchor update first so that SQLite's single writer lock orders the writers. Either way an event joins the
 * transaction of the change it reports: both are committed, or neither is.
 */
@Component
class AuditTrail {

    /** One recorded event; {@code seq} is its place in the chain. */
    record Event(long id, Long seq, String at, String username, String action, String target, String detail,
            String checksum) {
    }

    private static final int MAX_FIELD = 500;
    private static final String INSERT = "INSERT INTO audit_event (at, username, action, target, detail, checksum)"
            + " VALUES (?, ?, ?, ?, ?, '') RETURNING id";
    private static final String CLAIM = "UPDATE audit_anchor SET events = events + 1 WHERE id = 1";
    private static final String ANCHOR = "SELECT events, head FROM audit_anchor WHERE id = 1";
    private static final String INSERT_CHAINED = "INSERT INTO audit_event (seq, at, username, action, target, detail,"
            + " checksum) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
    private static final String MOVE_HEAD = "UPDATE audit_anchor SET head = ? WHERE id = 1";
    private static final String LATEST = "SELECT id, seq, at, username, action, target, detail, checksum FROM audit_event"
            + " ORDER BY id DESC LIMIT ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joining;
    private final TransactionTemplate snapshot;
    private final boolean chainedByDatabase;

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions, Store store) {
        this.jdbc = jdbc;
        this.joining = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        this.chainedByDatabase = "postgis".equals(store.kind());
    }

    /**
     * Appends an event — who ({@code username}, null for anonymous or the system), what ({@code action},
     * {@code target}), details — inside the caller's transaction, or a transaction of its own without one.
     */
    long record(String username, String action, String target, String detail) {
        String at = Instant.now().toString();
        String user = shorten(username);
        String t = shorten(target);
        String d = shorten(detail);
        Long id = joining.execute(s -> {
            if (chainedByDatabase) {
                return jdbc.queryForObject(INSERT, Long.class, at, user, action, t, d);
            }
            jdbc.update(CLAIM);
            Map<String, Object> anchor = jdbc.queryForMap(ANCHOR);
            long seq = ((Number) anchor.get("events")).longValue();
            String checksum = Chain.checksum((String) anchor.get("head"), at, user, action, t, d);
            Long inserted = jdbc.queryForObject(INSERT_CHAINED, Long.class, seq, at, user, action, t, d, checksum);
            jdbc.update(MOVE_HEAD, checksum);
            return inserted;
        });
        return id == null ? -1 : id;
    }

    /** The most recent events, newest first. */
    List<Event> latest(int limit) {
        return jdbc.query(LATEST, (rs, i) -> new Event(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
                limit);
    }

    /** Walks the whole chain against the anchor, in one consistent snapshot. */
    Chain.Verdict verify() {
        return snapshot.execute(s -> Chain.verify(jdbc));
    }

    private static String shorten(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= MAX_FIELD ? s : s.substring(0, MAX_FIELD);
    }
}
