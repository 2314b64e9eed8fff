package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;
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

/** {@code /api/selections}: which municipalities should join, how sure that is, and where to start in each. */
@RestController
@RequestMapping("/api/selections")
class SelectionController {

    private final Selections selections;
    private final Uncertainty uncertainty;
    private final UncertaintyJobs jobs;
    private final PriorityAreas priorityAreas;
    private final HeavyWork work;
    private final CapRegions regions;

    SelectionController(Selections selections, Uncertainty uncertainty, UncertaintyJobs jobs,
            PriorityAreas priorityAreas, HeavyWork work, CapRegions regions) {
        this.regions = regions;
        this.selections = selections;
        this.uncertainty = uncertainty;
        this.jobs = jobs;
        this.priorityAreas = priorityAreas;
        this.work = work;
    }

    /** A CP-SAT solve, through the bounded executor (429 with Retry-After when it is full). */
    @PostMapping
    Selection select(@RequestBody SelectionRequest request) {
        return work.run("selection", () -> selections.select(request.withoutUncertainty()));
    }

    /** Synchronous by default (1,000 draws take seconds); {@code async=true} answers 202 with a job to poll. */
    @PostMapping("/uncertainty")
    ResponseEntity<?> uncertainty(@RequestBody SelectionRequest request,
            @RequestParam(defaultValue = "false") boolean async) {
        if (async) {
            UncertaintyJobs.JobView job = jobs.start(request);
            return ResponseEntity.status(HttpStatus.ACCEPTED)
                    .header("Location", "/api/selections/uncertainty/" + job.id()).body(job);
        }
        return ResponseEntity.ok(work.run("uncertainty", () -> uncertainty.run(request, uncertainty.prepare(request),
                Uncertainty.Progress.start())));
    }

    @GetMapping("/uncertainty/{id}")
    UncertaintyJobs.JobView job(@PathVariable String id) {
        return jobs.get(id);
    }

    @DeleteMapping("/uncertainty/{id}")
    UncertaintyJobs.JobView cancel(@PathVariable String id) {
        return jobs.cancel(id);
    }

    /** The regions per cap family, with the ids that {@code overrides} take and their names. */
    @GetMapping("/regions")
    Map<String, List<CapRegions.Region>> regions() {
        return regions.all();
    }

    @GetMapping("/{code}/priority-areas")
    PriorityAreas.Result priorityAreas(@PathVariable String code, @RequestParam(defaultValue = "5") int k,
            @RequestParam(defaultValue = "999") int permutations, @RequestParam(defaultValue = "20240101") long seed) {
        return work.run("priority-areas", () -> priorityAreas.of(code, k, permutations, seed));
    }
}
