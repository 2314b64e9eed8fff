package nl.pmg.planner.scenario;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/scenarios}: save a selection under a name, list, reopen and compare scenarios. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    private final Scenarios scenarios;

    ScenarioController(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    @PostMapping
    ResponseEntity<ScenarioDocument> save(@RequestBody ScenarioRequest body) {
        ScenarioDocument d = scenarios.save(body);
        return ResponseEntity.created(URI.create("/api/scenarios/" + d.id())).body(d);
    }

    @GetMapping
    Map<String, List<ScenarioDocument.Summary>> list() {
        return Map.of("scenarios", scenarios.list());
    }

    @GetMapping("/{id}")
    ScenarioDocument get(@PathVariable String id) {
        return scenarios.get(id);
    }

    @GetMapping("/{id}/compare/{otherId}")
    ScenarioComparison compare(@PathVariable String id, @PathVariable String otherId) {
        return scenarios.compare(id, otherId);
    }
}
