package nl.pmg.planner.scenario;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.work.HeavyWork;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/scenarios}: save a selection under a name (a draft, or published), list, reopen, publish and compare. */
@RestController
@RequestMapping("/api/scenarios")
class ScenarioController {

    private final Scenarios scenarios;
    private final HeavyWork work;

    ScenarioController(Scenarios scenarios, HeavyWork work) {
        this.scenarios = scenarios;
        this.work = work;
    }

    /** Runs the selection (a CP-SAT solve, through the bounded executor) and saves it. */
    @PostMapping
    ResponseEntity<ScenarioDocument> save(@RequestBody ScenarioRequest body) {
        ScenarioDocument d = work.run("scenario", () -> scenarios.save(body));
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

    /** A draft becomes visible to everyone (its author or a programme manager). */
    @PostMapping("/{id}/publish")
    ScenarioDocument publish(@PathVariable String id) {
        return scenarios.publish(id);
    }

        @GetMapping("/{id}/compare/{otherId}")
    ScenarioComparison compare(@PathVariable String id, @PathVariable String otherId) {
        return scenarios.compare(id, otherId);
    }
}
