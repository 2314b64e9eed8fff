package nl.pmg.planner.priority;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where to start inside one municipality: {@code GET /api/selections/{code}/priority-areas} (path kept from before the move). */
@RestController
class PriorityController {

    private final PriorityAreas priorityAreas;

    PriorityController(PriorityAreas priorityAreas) {
        this.priorityAreas = priorityAreas;
    }

    @GetMapping("/api/selections/{code}/priority-areas")
    PriorityAreas.Result priorityAreas(@PathVariable String code, @RequestParam(defaultValue = "5") int k,
            @RequestParam(defaultValue = "999") int permutations, @RequestParam(defaultValue = "20240101") long seed) {
        return priorityAreas.of(code, k, permutations, seed);
    }
}
