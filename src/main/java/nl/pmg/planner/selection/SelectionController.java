package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;
import nl.pmg.planner.work.HeavyWork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/selections}: which municipalities should join (how sure: {@code /api/selections/uncertainty}; where to start in each: {@code /api/selections/{code}/priority-areas}). */
@RestController
@RequestMapping("/api/selections")
class SelectionController {

    private final Selections selections;
    private final HeavyWork work;
    private final CapRegions regions;

    SelectionController(Selections selections, HeavyWork work, CapRegions regions) {
        this.regions = regions;
        this.selections = selections;
        this.work = work;
    }

    /** A CP-SAT solve, through the bounded executor (429 with Retry-After when it is full). */
    @PostMapping
    Selection select(@RequestBody SelectionRequest request) {
        return work.run("selection", () -> selections.select(request.withoutUncertainty()));
    }

    /** The regions per cap family, with the ids that {@code overrides} take and their names. */
    @GetMapping("/regions")
    Map<String, List<CapRegions.Region>> regions() {
        return regions.all();
    }
}
