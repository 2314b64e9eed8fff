package nl.pmg.planner.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scenario contract on PostGIS (connection from PGHOST …; see .ci/postgis-up). Fails, never skips,
 * when the database cannot be reached.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisScenarioIT extends ScenarioContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsSavedScenariosInTheDatabase() {
        assertThat(store.kind()).isEqualTo("postgis");
        var saved = http.post("/api/scenarios", "application/json",
                "{\"name\":\"kept in PostGIS\",\"request\":{\"lockedIn\":[],\"add\":1}}").json();
        long id = saved.get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT name FROM scenario WHERE id = ?", String.class, id))
                .isEqualTo("kept in PostGIS");
        assertThat(jdbc.queryForObject("SELECT selected FROM scenario WHERE id = ?", String.class, id))
                .isEqualTo(saved.get("result").get("selected").get(0).get("code").asString());
    }
}
