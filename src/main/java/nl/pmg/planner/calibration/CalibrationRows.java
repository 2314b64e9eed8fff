package nl.pmg.planner.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The calibration feature's store access (table {@code calibration}), on whichever database the service
 * runs: the SQL beside this class is the plain subset PostgreSQL and SQLite read alike.
 */
@Component
class CalibrationRows {

    /** A saved calibration as listed. */
    record Summary(String id, List<String> rounds, String granularity, String frameworkId, String frameworkVersion,
            String createdBy, String createdAt) {
    }

    /** A saved calibration's document with who saved it and when. */
    record Stored(long id, String createdBy, String createdAt, String document) {
    }

    private static final String INSERT = sql("insert-calibration.sql");
    private static final String LIST = sql("calibrations.sql");
    private static final String ONE = sql("calibration.sql");

    private final JdbcTemplate jdbc;

    CalibrationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(List<String> rounds, String granularity, String frameworkId, String frameworkVersion, String createdBy,
            String document) {
        Long id = jdbc.queryForObject(INSERT, Long.class, String.join(",", rounds), granularity, frameworkId,
                frameworkVersion, createdBy, document);
        return id;
    }

    List<Summary> list() {
        return jdbc.query(LIST, (rs, n) -> new Summary(String.valueOf(rs.getLong("id")),
                List.of(rs.getString("rounds").split(",")), rs.getString("granularity"), rs.getString("framework_id"),
                rs.getString("framework_version"), rs.getString("created_by"), iso(rs.getString("created_at"))));
    }

    Optional<Stored> find(long id) {
        return jdbc.query(ONE, (rs, n) -> new Stored(rs.getLong("id"), rs.getString("created_by"),
                iso(rs.getString("created_at")), rs.getString("document")), id).stream().findFirst();
    }

    /** PostgreSQL's "2024-04-01 12:00:00.5+00" and SQLite's "2024-04-01T12:00:00.500Z" as ISO-8601 text. */
    static String iso(String stored) {
        if (stored == null) {
            return null;
        }
        String s = stored.replace(' ', 'T');
        return s.endsWith("+00") ? s.substring(0, s.length() - 3) + "Z" : s;
    }

    private static String sql(String name) {
        try (InputStream in = CalibrationRows.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + name + " beside " + CalibrationRows.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
