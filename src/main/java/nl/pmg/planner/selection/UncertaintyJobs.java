package nl.pmg.planner.selection;

import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import nl.pmg.planner.shared.NotFound;
import nl.pmg.planner.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uncertainty runs in the background, one at a time, with progress and cancellation. State is in memory
 * and bounded (the oldest finished jobs are forgotten first); a later store can hold {@link JobView}s as is.
 */
@Component
class UncertaintyJobs {

    private static final Logger log = LoggerFactory.getLogger(UncertaintyJobs.class);
    private static final int KEEP = 50;

    /** What a client sees of a job; {@code result} is set once the job has stopped. */
    record JobView(String id, String status, int draws, int completed, UncertaintyResult result) {
    }

    private record Job(String id, int draws, Uncertainty.Progress progress, AtomicReference<UncertaintyResult> result,
            AtomicReference<String> failure) {
    }

    private final Uncertainty uncertainty;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "selection-uncertainty");
        t.setDaemon(true);
        return t;
    });

    UncertaintyJobs(Uncertainty uncertainty) {
        this.uncertainty = uncertainty;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Validates and checks feasibility now (so a bad request fails at once), then runs in the background. */
    synchronized JobView start(SelectionRequest r) {
        Selections.Prepared pr = uncertainty.prepare(r);
        Job job = new Job(UUID.randomUUID().toString(), r.draws() == null ? Uncertainty.DEFAULT_DRAWS : r.draws(),
                Uncertainty.Progress.start(), new AtomicReference<>(), new AtomicReference<>());
        forgetOldest();
        jobs.put(job.id(), job);
        runner.submit(() -> {
            try {
                job.result().set(uncertainty.run(r, pr, job.progress()));
            } catch (RuntimeException e) {
                log.error("uncertainty job {} failed", job.id(), e);
                job.failure().set("failed");
            }
        });
        return view(job);
    }

    synchronized JobView get(String id) {
        return view(find(id));
    }

    synchronized JobView cancel(String id) {
        Job job = find(id);
        job.progress().cancelled().set(true);
        return view(job);
    }

    private Job find(String id) {
        return Optional.ofNullable(jobs.get(id)).orElseThrow(
                () -> new NotFound("unknown-job", "There is no uncertainty job '" + Text.shorten(id) + "'."));
    }

    private void forgetOldest() {
        var it = jobs.values().iterator();
        while (jobs.size() >= KEEP && it.hasNext()) {
            Job j = it.next();
            if (j.result().get() != null || j.failure().get() != null) {
                it.remove();
            }
        }
    }

    private static JobView view(Job j) {
        UncertaintyResult r = j.result().get();
        String status = j.failure().get() != null ? "FAILED" : r != null ? r.status()
                : j.progress().cancelled().get() ? "CANCELLING" : "RUNNING";
        return new JobView(j.id(), status, j.draws(), j.progress().completed().get(), r);
    }
}
