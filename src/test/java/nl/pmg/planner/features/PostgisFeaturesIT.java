package nl.pmg.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The feature-serving contract on PostGIS (PostgisEngine); fails, never skips, without a database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisFeaturesIT extends FeatureEngineContract {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FeatureEngine engine;

    @Test
    void servesFromThePostgisEngineWithStoredCoverages() {
        assertThat(engine.getClass().getSimpleName()).isEqualTo("PostgisEngine");
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT band) FROM area_generalised WHERE vintage = 2024",
                Integer.class)).isEqualTo(4);
    }
}
