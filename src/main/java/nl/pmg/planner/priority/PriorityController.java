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

    /**
     * {@code lens=residential|incidents} (default residential), {@code rank=need|need_x_reach} (residential) or
     * {@code count|per_km2} (incidents), {@code k} areas per level (1–100), LISA {@code permutations} and {@code seed}.
     */
    @GetMapping("/api/selections/{code}/priority-areas")
    PriorityAreas.Result priorityAreas(@PathVariable String code, @RequestParam(defaultValue = "5") int k,
            @RequestParam(defaultValue = "999") int permutations, @RequestParam(defaultValue = "20240101") long seed,
            @RequestParam(required = false) String lens, @RequestParam(required = false) String rank) {
        return priorityAreas.of(code, PriorityQuery.parse(lens, rank, k, permutations, seed));
    }
}
