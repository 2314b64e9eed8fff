package nl.pmg.planner.uncertainty;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.work.HeavyWork;
import nl.pmg.planner.work.WorkProperties;
import nl.pmg.planner.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uncertainty runs in the background, one at a time per instance and each in a turn of the bounded heavy-work
 * executor. At most {@code planner.work.max-queued-jobs} jobs wait or run; one more is refused with 429 (a
 * job that has to wait says so: status {@code QUEUED}). The job's progress, cancel request and result live in
 * the store (table {@code job}), so any instance sharing a PostGIS database can report on or cancel a job
 * that another instance runs; the running instance copies progress to the store and the cancel flag back
 * every quarter second.
 */
@Component
class UncertaintyJobs {

    private static final Logger log = LoggerFactory.getLogger(UncertaintyJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSERT = "INSERT INTO job (id, kind, status, total) VALUES (?, 'uncertainty', 'QUEUED', ?)";
    private static final String STARTED = "UPDATE job SET status = 'RUNNING', updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    private static final String PROGRESS = "UPDATE job SET completed = ?, updated_at = CURRENT_TIMESTAMP "
            + "WHERE id = ? AND status = 'RUNNING'";
    private static final String CANCEL_REQUESTED = "SELECT cancel_requested FROM job WHERE id = ?";
    private static final String FINISH = "UPDATE job SET status = ?, completed = ?, result = ?, "
            + "updated_at = CURRENT_TIMESTAMP WHERE id = ?";
    private static final String REQUEST_CANCEL = "UPDATE job SET cancel_requested = 1, updated_at = CURRENT_TIMESTAMP "
            + "WHERE id = ? AND kind = 'uncertainty'";
    private static final String ONE = "SELECT id, status, total, completed, cancel_requested, result FROM job "
            + "WHERE id = ? AND kind = 'uncertainty'";

    /** What a client sees of a job; {@code result} is set once the job has stopped. */
    record JobView(String id, String status, int draws, int completed, JsonNode result) {
    }

    private final Uncertainty uncertainty;
    private final JdbcTemplate jdbc;
    private final HeavyWork work;
    private final ExecutorService runner;
    private final ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "selection-uncertainty-sync"));

    UncertaintyJobs(Uncertainty uncertainty, JdbcTemplate jdbc, HeavyWork work, WorkProperties properties) {
        this.uncertainty = uncertainty;
        this.jdbc = jdbc;
        this.work = work;
        this.runner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.maxQueuedJobs() - 1)), r -> daemon(r, "selection-uncertainty"));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        sync.shutdownNow();
    }

    /** Validates and checks feasibility now (so a bad request fails at once), then runs in the background. */
    JobView start(SelectionRequest r) {
        SelectionProblem pr = uncertainty.prepare(r);
        String id = UUID.randomUUID().toString();
        int draws = r.draws() == null ? Uncertainty.DEFAULT_DRAWS : r.draws();
        Uncertainty.Progress progress = Uncertainty.Progress.start();
        Runnable job = () -> {
            ScheduledFuture<?> syncing = sync.scheduleWithFixedDelay(() -> exchange(id, progress), 250, 250,
                    TimeUnit.MILLISECONDS);
            try {
                UncertaintyResult result = work.runWhenFree(() -> {
                    jdbc.update(STARTED, id);
                    return uncertainty.run(r, pr, progress);
                });
                syncing.cancel(false);
                jdbc.update(FINISH, result.status(), progress.completed().get(), JSON.writeValueAsString(result), id);
            } catch (RuntimeException | InterruptedException e) {
                syncing.cancel(false);
                log.error("uncertainty job {} failed", id, e);
                jdbc.update(FINISH, "FAILED", progress.completed().get(), null, id);
            }
        };
        jdbc.update(INSERT, id, draws);
        try {
            runner.execute(job);
        } catch (RejectedExecutionException e) {
            jdbc.update(FINISH, "REFUSED", 0, null, id);
            throw work.refuse("uncertainty job");
        }
        return get(id);
    }

    JobView get(String id) {
        List<JobView> found = jdbc.query(ONE, (rs, i) -> {
            String result = rs.getString("result");
            String status = rs.getString("status");
            boolean cancelling = status.equals("RUNNING") && rs.getInt("cancel_requested") != 0;
            return new JobView(rs.getString("id"), cancelling ? "CANCELLING" : status, rs.getInt("total"),
                    rs.getInt("completed"), result == null ? null : JSON.readTree(result));
        }, id);
        return found.stream().findFirst().orElseThrow(
                () -> new NotFound("unknown-job", "There is no uncertainty job '" + Text.shorten(id) + "'.",
                java.util.Map.of("id", Text.shorten(id))));
    }

    JobView cancel(String id) {
        if (jdbc.update(REQUEST_CANCEL, id) == 0) {
            throw new NotFound("unknown-job", "There is no uncertainty job '" + Text.shorten(id) + "'.",
                java.util.Map.of("id", Text.shorten(id)));
        }
        return get(id);
    }

    /** Copies progress to the store and a cancel request from it (which any instance may have made). */
    private void exchange(String id, Uncertainty.Progress progress) {
        try {
            jdbc.update(PROGRESS, progress.completed().get(), id);
            Integer cancel = jdbc.queryForObject(CANCEL_REQUESTED, Integer.class, id);
            if (cancel != null && cancel != 0) {
                progress.cancelled().set(true);
            }
        } catch (RuntimeException e) {
            log.warn("uncertainty job {}: progress not stored: {}", id, e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
