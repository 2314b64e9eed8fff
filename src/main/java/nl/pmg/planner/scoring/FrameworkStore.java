package nl.pmg.planner.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved frameworks in the store (table {@code framework}, both stores), one row per id and version,
 * so every instance sharing a PostGIS database sees the same frameworks. A saved version is never
 * overwritten: a change is a new version.
 */
@Component
class FrameworkStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSERT = "INSERT INTO framework (id, version, body) VALUES (?, ?, ?)";
    private static final String EXISTS = "SELECT count(*) FROM framework WHERE id = ? AND version = ?";
    private static final String ONE = "SELECT body FROM framework WHERE id = ? AND version = ?";
    private static final String ALL = "SELECT body FROM framework ORDER BY id, created_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    FrameworkStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    boolean exists(String id, String version) {
        Long n = jdbc.queryForObject(EXISTS, Long.class, id, version);
        return n != null && n > 0;
    }

    /**
     * Saves a new version, audited in the same transaction; false when that id and version exist already
     * (another instance may have won).
     */
    boolean save(Framework f, String actor) {
        try {
            transaction.executeWithoutResult(tx -> {
                jdbc.update(INSERT, f.id(), f.version(), JSON.writeValueAsString(f));
                events.publishEvent(new FrameworkSaved(actor, f.id(), f.version()));
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Inserts a new version; a {@link DuplicateKeyException} propagates, so a caller's transaction rolls back
     * whole (PostgreSQL would refuse any further statement in it anyway).
     */
    void insert(Framework f) {
        jdbc.update(INSERT, f.id(), f.version(), JSON.writeValueAsString(f));
    }

    /** The given version, or the highest version when {@code version} is null. */
    Optional<Framework> find(String id, String version) {
        if (version != null) {
            return jdbc.query(ONE, (rs, i) -> read(rs.getString(1)), id, version).stream().findFirst();
        }
        return list().stream().filter(f -> f.id().equals(id))
                .max(Comparator.comparing(Framework::version, FrameworkStore::compareVersions));
    }

    List<Framework> list() {
        return jdbc.query(ALL, (rs, i) -> read(rs.getString(1)));
    }

    private static Framework read(String body) {
        return JSON.readValue(body, Framework.class);
    }

    /** Compares dotted versions numerically where possible ("1.10.0" after "1.9.0"). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,9}") && q.matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(p), Integer.parseInt(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
