package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/selections}: which municipalities should join, and where to start in each (how sure: {@code uncertainty}). */
@RestController
@RequestMapping("/api/selections")
class SelectionController {

    private final Selections selections;
    private final PriorityAreas priorityAreas;
    private final CapRegions regions;

    SelectionController(Selections selections, PriorityAreas priorityAreas, CapRegions regions) {
        this.regions = regions;
        this.selections = selections;
        this.priorityAreas = priorityAreas;
    }

    @PostMapping
    Selection select(@RequestBody SelectionRequest request) {
        return selections.select(request.withoutUncertainty());
    }

    /** The regions per cap family, with the ids that {@code overrides} take and their names. */
    @GetMapping("/regions")
    Map<String, List<CapRegions.Region>> regions() {
        return regions.all();
    }

    @GetMapping("/{code}/priority-areas")
    PriorityAreas.Result priorityAreas(@PathVariable String code, @RequestParam(defaultValue = "5") int k,
            @RequestParam(defaultValue = "999") int permutations, @RequestParam(defaultValue = "20240101") long seed) {
        return priorityAreas.of(code, k, permutations, seed);
    }
}
