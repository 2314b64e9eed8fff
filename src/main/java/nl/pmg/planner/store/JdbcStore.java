package nl.pmg.planner.store;

import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.geom.MultiPolygon;
import nl.pmg.planner.shared.Crs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.pmg.planner.area.Level;
import nl.pmg.planner.indicator.Indicator;
import nl.pmg.planner.indicator.Method;
import nl.pmg.planner.indicator.Status;
import nl.pmg.planner.indicator.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What both stores do the same way: import runs, imported indicators, counts and the content
 * checksum. The SQL here is the common subset of PostgreSQL and SQLite (both know RETURNING).
 */
abstract class JdbcStore implements Store {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TABLES = List.of("area", "indicator", "indicator_value", "programme_membership",
            "scenario", "decision", "import_run");

    final DataSource dataSource;
    final JdbcTemplate jdbc;
    final PlatformTransactionManager transactions;
    /** A transaction of its own, e.g. for progress that must be visible while an import's transaction is open. */
    final TransactionTemplate separately;

    JdbcStore(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** SQL expression giving an area's boundary as hex WKB, for the checksum. */
    abstract String geometryHex();

    /** Prepares the insert of one area row and binds it (dialect: geometry encoding). */
    abstract JdbcWrite.AreaBinder areaBinder();

    @Override
    public long startRun(String kind, String startedBy, String fileName, String target) {
        return jdbc.queryForObject("INSERT INTO import_run (kind, started_by, file_name, target, outcome) "
                + "VALUES (?, ?, ?, ?, 'running') RETURNING id", Long.class, kind, startedBy, fileName, target);
    }

    @Override
    public void progress(long runId, long rowsRead) {
        separately.executeWithoutResult(tx -> jdbc.update(
                "UPDATE import_run SET rows_read = ? WHERE id = ? AND outcome = 'running'", rowsRead, runId));
    }

    @Override
    public void finishRejected(long runId, String outcome, long rowsRead, long rowsRejected, String checksum,
            String report) {
        jdbc.update("UPDATE import_run SET outcome = ?, finished_at = CURRENT_TIMESTAMP, rows_read = ?, "
                + "rows_rejected = ?, checksum = ?, report = ? WHERE id = ?",
                outcome, rowsRead, rowsRejected, checksum, report, runId);
    }

    @Override
    public Optional<ImportRun> run(long id) {
        return jdbc.query("SELECT * FROM import_run WHERE id = ?", (rs, n) -> new ImportRun(rs.getLong("id"),
                rs.getString("kind"), rs.getString("started_by"), iso(rs.getString("started_at")),
                iso(rs.getString("finished_at")), rs.getString("file_name"), rs.getString("checksum"),
                rs.getString("target"), rs.getLong("rows_read"), rs.getLong("rows_accepted"),
                rs.getLong("rows_rejected"), rs.getString("outcome"), rs.getString("report")), id)
                .stream().findFirst();
    }

    /** One timestamp format for both databases: ISO 8601 in UTC ("2026-01-31T12:00:00.123Z"). */
    static String iso(String stored) {
        return nl.pmg.planner.shared.Timestamps.iso(stored);
    }

    @Override
    public StoreWrite writeIndicator(long runId, IndicatorEntry entry) {
        return JdbcWrite.indicator(this, runId, entry);
    }

    @Override
    public StoreWrite writeAreas(long runId, int vintage) {
        return JdbcWrite.areas(this, runId, vintage);
    }

    @Override
    public long generation() {
        Long g = jdbc.queryForObject("SELECT max(id) FROM import_run WHERE outcome = 'accepted'", Long.class);
        return g == null ? 0 : g;
    }

    @Override
    public List<Indicator> importedCatalogue() {
        return jdbc.query("SELECT * FROM indicator WHERE origin = 'imported' ORDER BY id", (rs, n) -> indicator(rs));
    }

    static Indicator indicator(ResultSet rs) throws SQLException {
        String method = rs.getString("method");
        return new Indicator(rs.getString("id"), rs.getString("label_nl"), rs.getString("label_en"),
                rs.getString("definition"), rs.getString("unit"), rs.getString("unit_nl"), rs.getString("source"),
                rs.getString("year"), Arrays.asList(rs.getString("levels").split(",")), rs.getString("direction"),
                method == null ? null : JSON.readValue(method, Method.class));
    }

    @Override
    public Map<String, Map<Level, Map<String, Value>>> importedValues() {
        return values("SELECT v.indicator_id, v.level, v.area_code, v.value, v.status FROM current_indicator_value v "
                + "JOIN indicator i ON i.id = v.indicator_id WHERE i.origin = 'imported'");
    }

    /** Reads (indicator_id, level, area_code, value, status) rows into nested maps. */
    Map<String, Map<Level, Map<String, Value>>> values(String sql) {
        Map<String, Map<Level, Map<String, Value>>> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            double v = rs.getDouble("value");
            Value value = new Value(rs.wasNull() ? null : v, Status.valueOf(rs.getString("status").toUpperCase()));
            out.computeIfAbsent(rs.getString("indicator_id"), k -> new HashMap<>())
                    .computeIfAbsent(Level.ofId(rs.getString("level")).orElseThrow(), k -> new LinkedHashMap<>())
                    .put(rs.getString("area_code"), value);
        });
        return out;
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        return counts;
    }

    @Override
    public String checksum() {
        MessageDigest digest = sha256();
        List<String> queries = new ArrayList<>(List.of(
                "SELECT vintage, level, code, name, gemeente_code, wijk_code, parent_code, " + geometryHex()
                        + " FROM area ORDER BY vintage, code",
                "SELECT id, origin, label_nl, label_en, unit, source, year, levels, direction, method, vintage, "
                        + "min_value, max_value FROM indicator ORDER BY id",
                "SELECT indicator_id, level, area_code, period, value, status FROM indicator_value "
                        + "ORDER BY indicator_id, level, area_code, period",
                "SELECT gemeente_code, name, tranche, valid_from, valid_to FROM programme_membership "
                        + "ORDER BY gemeente_code, valid_from"));
        // a cursor (no autocommit, a fetch size) so a million-row table is hashed in bounded memory
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                for (String sql : queries) {
                    try (ResultSet rs = st.executeQuery(sql)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                String cell = rs.getString(i);
                                digest.update((cell == null ? "\u0000" : cell).getBytes(StandardCharsets.UTF_8));
                                digest.update((byte) 0x1f);
                            }
                        }
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checksum failed: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored RD New boundary (WKB) as JTS, or null when the row has none. */
    static MultiPolygon wkb(byte[] bytes) {
        try {
            return bytes == null ? null : (MultiPolygon) new WKBReader(Crs.RD_FACTORY).read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable stored geometry", e);
        }
    }
}
