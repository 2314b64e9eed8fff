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

/** {@code /api/selections}: which municipalities should join (how sure: {@code /api/uncertainty}; where to start in each: {@code /api/selections/{code}/priority-areas}). */
@RestController
@RequestMapping("/api/selections")
class SelectionController {

    private final Selections selections;
    private final CapRegions regions;

    SelectionController(Selections selections, CapRegions regions) {
        this.regions = regions;
        this.selections = selections;
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
}
