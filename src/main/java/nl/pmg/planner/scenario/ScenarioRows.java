package nl.pmg.planner.scenario;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.pmg.planner.shared.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scenario feature's store access, on whichever database the service runs (the SQL is the plain subset
 * that PostgreSQL and SQLite read alike, so one implementation serves both stores).
 */
@Component
class ScenarioRows {

    private static final String INSERT = "INSERT INTO scenario (name, description, created_by, data_vintage, "
            + "selected, status, document) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
    private static final String LIST = "SELECT id, name, description, created_by, created_at, data_vintage, selected, "
            + "status FROM scenario ORDER BY id";
    private static final String ONE = "SELECT id, name, description, created_by, created_at, data_vintage, selected, "
            + "status, document FROM scenario WHERE id = ?";
    private static final String PUBLISH = "UPDATE scenario SET status = 'published' WHERE id = ?";

    private final JdbcTemplate jdbc;

    ScenarioRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    StoredScenario save(StoredScenario.Draft d) {
        Long id = jdbc.queryForObject(INSERT, Long.class, d.name(), d.description(), d.createdBy(), d.dataVintage(),
                String.join(",", d.selected()), d.status(), d.document());
        return find(id).orElseThrow();
    }

    List<StoredScenario> list() {
        return jdbc.query(LIST, (rs, n) -> row(rs, null));
    }

    boolean publish(long id) {
        return jdbc.update(PUBLISH, id) > 0;
    }

    Optional<StoredScenario> find(long id) {
        return jdbc.query(ONE, (rs, n) -> row(rs, rs.getString("document")), id).stream().findFirst();
    }

    private static StoredScenario row(ResultSet rs, String document) throws SQLException {
        String selected = rs.getString("selected");
        return new StoredScenario(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("created_by"), Timestamps.iso(rs.getString("created_at")), rs.getString("data_vintage"),
                selected == null || selected.isEmpty() ? List.of() : Arrays.asList(selected.split(",")),
                rs.getString("status"), document);
    }
}
