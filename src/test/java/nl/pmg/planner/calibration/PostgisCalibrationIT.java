package nl.pmg.planner.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A saved calibration on PostGIS: its row and its framework version land together (see .ci/postgis-up). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgis")
class PostgisCalibrationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keepsTheCalibrationAndItsFrameworkVersionInTheDatabase() {
        Http.Response r = new Http(port, "analyst", "demo-analyst").post("/api/calibrations", "application/json",
                "{\"rounds\":[\"2023\"],\"bootstrap\":10,\"permutations\":19,\"save\":true}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        String version = r.json().get("framework").get("version").asString();
        assertThat(jdbc.queryForObject("SELECT framework_version FROM calibration WHERE id = ?", String.class, id))
                .isEqualTo(version);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM framework WHERE id = 'calibrated-2023' AND version = ?",
                Long.class, version)).isEqualTo(1);
        assertThat(r.json().get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        assertThat(Http.anonymous(port).get("/api/calibrations/" + id).json().get("framework").get("version").asString())
                .isEqualTo(version);
    }
}
