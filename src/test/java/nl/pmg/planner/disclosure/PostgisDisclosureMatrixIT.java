package nl.pmg.planner.disclosure;

import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The disclosure matrix on PostGIS; the planted marker indicators are removed afterwards (the database is shared). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisDisclosureMatrixIT extends DisclosureMatrix {

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    void removeMarkers() {
        jdbc.update("DELETE FROM indicator WHERE id IN ('canary_persons', 'canary_wijk', 'canary_buurt')");
    }
}
