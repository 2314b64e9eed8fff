package nl.pmg.planner.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checksum chain of the audit trail and its verification. The checksum is SHA-256 (hex) over the
 * previous event's checksum and this event's fields joined by U+001F, a missing field written as
 * {@code null} — the same text the PostGIS trigger hashes (V051), so either store can verify either's rows.
 */
final class Chain {

    /** {@code firstBreak} is null when the chain is intact. */
    record Verdict(boolean intact, long events, long anchored, Break firstBreak) {
    }

    /** Where the chain first breaks: the place, the row id when there is a row, and what is wrong. */
    record Break(long seq, Long id, String reason) {
    }

    private static final String ROWS = "SELECT id, seq, at, username, action, target, detail, checksum FROM audit_event"
            + " ORDER BY CASE WHEN seq IS NULL THEN 1 ELSE 0 END, seq, id";
    private static final String ANCHOR = "SELECT events, head FROM audit_anchor WHERE id = 1";

    private Chain() {
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

    static Verdict verify(JdbcTemplate jdbc) {
        Map<String, Object> anchor = jdbc.queryForMap(ANCHOR);
        long anchored = ((Number) anchor.get("events")).longValue();
        String head = (String) anchor.get("head");
        Walk walk = new Walk();
        jdbc.query(ROWS, rs -> {
            Object seq = rs.getObject(2);
            walk.next(rs.getLong(1), seq == null ? null : ((Number) seq).longValue(), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
        });
        if (walk.broken == null && walk.count < anchored) {
            walk.broken = new Break(walk.count + 1, null, walk.count == 0
                    ? "all " + anchored + " events are missing (the anchor counts " + anchored + ")"
                    : "events " + (walk.count + 1) + " to " + anchored + " are missing (the anchor counts " + anchored + ")");
        }
        if (walk.broken == null && walk.count > anchored) {
            walk.broken = new Break(anchored + 1, null, "more events than the anchor counts (" + anchored + ")");
        }
        if (walk.broken == null && !walk.previous.equals(head)) {
            walk.broken = new Break(walk.count, null, "the last checksum differs from the anchor's");
        }
        return new Verdict(walk.broken == null, walk.count, anchored, walk.broken);
    }

    /** The walk along the rows in chain order; stops checking at the first break. */
    private static final class Walk {
        long count;
        String previous = "";
        Break broken;

        void next(long id, Long seq, String at, String user, String action, String target, String detail,
                String checksum) {
            if (broken != null) {
                count++;
                return;
            }
            long expected = count + 1;
            if (seq == null) {
                broken = new Break(expected, id, "event " + id + " has no place in the chain (written around it)");
            } else if (seq > expected) {
                broken = new Break(expected, id, seq == expected + 1 ? "event " + expected + " is missing"
                        : "events " + expected + " to " + (seq - 1) + " are missing");
            } else if (seq < expected) {
                broken = new Break(seq, id, "event " + seq + " appears twice");
            } else if (!checksum(previous, at, user, action, target, detail).equals(checksum)) {
                broken = new Break(seq, id, "event " + seq + " was changed (its checksum does not follow)");
            }
            previous = checksum;
            count++;
        }
    }
}
