package nl.pmg.planner.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only audit trail (table {@code audit_event}): there is no update or delete here, and
 * under PostGIS a trigger refuses both. Each row's checksum is SHA-256 over the previous row's
 * checksum and this row's fields, so a changed or removed row breaks the chain ({@link #verify()}).
 */
@Component
public class AuditTrail {

    /** One recorded event. */
    public record Event(long id, String at, String username, String action, String target, String detail,
            String checksum) {
    }

    private static final String LAST = "SELECT checksum FROM audit_event ORDER BY id DESC LIMIT 1";
    private static final String INSERT = "INSERT INTO audit_event (at, username, action, target, detail, checksum)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "SELECT id, at, username, action, target, detail, checksum FROM audit_event"
            + " ORDER BY id DESC LIMIT ?";
    private static final String ALL = "SELECT id, at, username, action, target, detail, checksum FROM audit_event ORDER BY id";

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event: who ({@code username}, null for anonymous), what ({@code action}, {@code target}), details. */
    public synchronized void record(String username, String action, String target, String detail) {
        List<String> last = jdbc.queryForList(LAST, String.class);
        String previous = last.isEmpty() ? "" : last.get(0);
        String at = Instant.now().toString();
        String user = username == null ? null : shorten(username);
        String t = target == null ? null : shorten(target);
        String d = detail == null ? null : shorten(detail);
        jdbc.update(INSERT, at, user, action, t, d, checksum(previous, at, user, action, t, d));
    }

    /** The most recent events, newest first. */
    public List<Event> latest(int limit) {
        return jdbc.query(LATEST, (rs, i) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7)), limit);
    }

    /** True when every checksum follows from its predecessor (single writer; see README). */
    public boolean verify() {
        String previous = "";
        for (Event e : jdbc.query(ALL, (rs, i) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))) {
            if (!checksum(previous, e.at(), e.username(), e.action(), e.target(), e.detail()).equals(e.checksum())) {
                return false;
            }
            previous = e.checksum();
        }
        return true;
    }

    static String checksum(String previous, String at, String user, String action, String target, String detail) {
        String text = String.join("\u001f", previous, at, String.valueOf(user), action, String.valueOf(target),
                String.valueOf(detail));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
