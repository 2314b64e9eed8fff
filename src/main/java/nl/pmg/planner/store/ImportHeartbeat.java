package nl.pmg.planner.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Under PostGIS, several instances share the import runs, so "running at start-up" does not mean "died": each
 * instance refreshes the heartbeat of the runs it is running every {@code planner.store.heartbeat-seconds},
 * and any instance marks runs whose heartbeat is three periods old as failed ({@code interrupted}). A run
 * killed with its process (kill -9) thus becomes failed within about three periods.
 */
final class ImportHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);
    private static final String BEAT = "UPDATE import_run SET heartbeat_at = now() WHERE id = ? AND outcome = 'running'";
    private static final String SWEEP = "UPDATE import_run SET outcome = 'failed', finished_at = now(), "
            + "report = 'interrupted: no heartbeat since ' || to_char(heartbeat_at AT TIME ZONE 'UTC', "
            + "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || ' (the process running it stopped)' "
            + "WHERE outcome = 'running' AND heartbeat_at < now() - make_interval(secs => ?)";

    private final JdbcTemplate jdbc;
    private final int periodSeconds;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    ImportHeartbeat(JdbcTemplate jdbc, int periodSeconds) {
        this.jdbc = jdbc;
        this.periodSeconds = periodSeconds;
    }

    void started(long runId) {
        running.add(runId);
    }

    @Scheduled(fixedDelayString = "${planner.store.heartbeat-seconds:10}000",
            initialDelayString = "${planner.store.heartbeat-seconds:10}000")
    void beat() {
        for (Long id : running) {
            try {
                if (jdbc.update(BEAT, id) == 0) {
                    running.remove(id);
                }
            } catch (RuntimeException e) {
                log.warn("import heartbeat for run {} not stored: {}", id, e.getMessage());
            }
        }
        sweep();
    }

    /** Marks runs without a heartbeat for three periods as failed; returns how many. */
    int sweep() {
        int dead = jdbc.update(SWEEP, 3.0 * periodSeconds);
        if (dead > 0) {
            log.warn("postgis store: {} import run(s) stopped without finishing (no heartbeat); marked failed", dead);
        }
        return dead;
    }
}
