package nl.pmg.planner.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.pmg.planner.work.HeavyWork;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where to start inside one municipality: {@code GET /api/selections/{code}/priority-areas} (path kept from before the move). */
@RestController
class PriorityController {

    private final PriorityAreas priorityAreas;
    private final HeavyWork work;

    PriorityController(PriorityAreas priorityAreas, HeavyWork work) {
        this.priorityAreas = priorityAreas;
        this.work = work;
    }

    /**
     * {@code lens=residential|incidents} (default residential), {@code rank=need|need_x_reach} (residential) or
     * {@code count|per_km2} (incidents), {@code k} areas per level (1–100), LISA {@code permutations} and {@code seed}.
     */
    @Operation(summary = "A municipality's priority wijken and buurten by lens, with reach and hot spots",
            description = "The top k wijken and buurten by the residential lens ('waar jongeren wonen', default; only "
                    + "areas with at least 500 residents and 200 households) or the incidents lens ('waar incidenten "
                    + "plaatsvinden'), each with residents and young residents, and the local Moran's I hot spots of "
                    + "the residential score (at least 3 ranked neighbours). See scoring/METHOD.md §2.5.")
    @GetMapping("/api/selections/{code}/priority-areas")
    PriorityAreas.Result priorityAreas(@PathVariable String code,
            @Parameter(description = "areas per level, 1-100") @RequestParam(defaultValue = "5") int k,
            @Parameter(description = "LISA permutations, 99-9999") @RequestParam(defaultValue = "999") int permutations,
            @RequestParam(defaultValue = "20240101") long seed,
            @Parameter(description = "residential (default) or incidents", schema = @Schema(allowableValues = {
                "residential", "incidents"})) @RequestParam(required = false) String lens,
            @Parameter(description = "residential: need (default) or need_x_reach; incidents: count (default) or "
                    + "per_km2", schema = @Schema(allowableValues = {"need", "need_x_reach", "count", "per_km2"}))
            @RequestParam(required = false) String rank) {
        PriorityQuery query = PriorityQuery.parse(lens, rank, k, permutations, seed);
        return work.run("priority-areas", () -> priorityAreas.of(code, query));
    }
}
