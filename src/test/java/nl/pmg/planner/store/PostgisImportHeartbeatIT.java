package nl.pmg.planner.store;

import static org.assertj.core.api.Assertions.assertThat;

import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A PostGIS import whose process died (kill -9) does not stay {@code running} for ever (finding 6 of #13):
 * the run of an instance that stopped heartbeating becomes {@code failed}, while a run this instance is still
 * running keeps its heartbeat and stays {@code running}. Heartbeats every second here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planner.store.heartbeat-seconds=1")
@ActiveProfiles("postgis")
class PostgisImportHeartbeatIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Store store;

    private String outcome(long id) {
        return new Http(port).get("/api/imports/" + id).json().get("outcome").asString();
    }

    @Test
    void aRunWhoseProcessDiedBecomesFailedAndALiveOneStaysRunning() throws Exception {
        // what a killed instance leaves behind: a run recorded as running by a process that no longer beats
        long dead = jdbc.queryForObject("INSERT INTO import_run (kind, started_by, file_name, outcome, started_at) "
                + "VALUES ('indicators', 'killed', 'big.csv', 'running', now() - interval '1 minute') RETURNING id",
                Long.class);
        long live = store.startRun("indicators", "test", "live.csv", null);
        Thread.sleep(5_000);
        assertThat(outcome(dead)).isEqualTo("failed");
        assertThat(new Http(port).get("/api/imports/" + dead).json().get("report").asString())
                .contains("interrupted").contains("no heartbeat");
        assertThat(outcome(live)).as("a run this instance still runs, 5 heartbeat periods later").isEqualTo("running");
        store.finishRejected(live, "rejected", 0, 0, null, "test over");
    }
}
