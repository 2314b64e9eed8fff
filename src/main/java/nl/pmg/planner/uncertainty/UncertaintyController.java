package nl.pmg.planner.uncertainty;

import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionRequest;
import nl.pmg.planner.work.HeavyWork;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/selections/uncertainty}: how sure a selection is when the index's weights and methods vary. */
@RestController
@RequestMapping("/api/selections/uncertainty")
class UncertaintyController {

    private final Uncertainty uncertainty;
    private final UncertaintyJobs jobs;
    private final HeavyWork work;

    UncertaintyController(Uncertainty uncertainty, UncertaintyJobs jobs, HeavyWork work) {
        this.uncertainty = uncertainty;
        this.jobs = jobs;
        this.work = work;
    }

    /** Synchronous by default (1,000 draws take seconds); {@code async=true} answers 202 with a job to poll. */
    @PostMapping
    ResponseEntity<?> uncertainty(@RequestBody SelectionRequest request,
            @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            UncertaintyJobs.JobView job = jobs.start(request);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", "/api/selections/uncertainty/" + job.id()).body(job);
        }
        return ResponseEntity.ok(work.run("uncertainty", () -> {
            SelectionProblem problem = uncertainty.prepare(request);
            return uncertainty.run(request, problem, Uncertainty.Progress.start());
        }));
    }

    @GetMapping("/{id}")
    UncertaintyJobs.JobView job(@PathVariable String id) {
        return jobs.get(id);
    }

    @DeleteMapping("/{id}")
    UncertaintyJobs.JobView cancel(@PathVariable String id) {
        return jobs.cancel(id);
    }
}
