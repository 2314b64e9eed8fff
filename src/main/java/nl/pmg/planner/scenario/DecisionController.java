package nl.pmg.planner.scenario;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.security.Scope;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/decisions} (programme managers): a decision on an existing scenario — adopt, reject or
 * defer, with an optional note — recorded in the audit trail ({@link DecisionRecorded}).
 */
@RestController
class DecisionController {

    /** A programme decision on a scenario: {@code decision} is adopt, reject or defer. */
    record Decision(String scenarioId, String decision, String note) {
    }

    static final int MAX_NOTE = 2000;
    private static final Set<String> DECISIONS = Set.of("adopt", "reject", "defer");

    private final Scenarios scenarios;
    private final ApplicationEventPublisher events;

    DecisionController(Scenarios scenarios, ApplicationEventPublisher events) {
        this.scenarios = scenarios;
        this.events = events;
    }

    @PostMapping("/api/decisions")
    ResponseEntity<Map<String, Object>> decide(@RequestBody Decision d) {
        if (d.scenarioId() == null || !d.scenarioId().matches("[A-Za-z0-9_.:-]{1,100}")) {
            throw new InvalidParameter("scenarioId", "scenarioId must be 1 to 100 letters, digits or _.:-");
        }
        if (d.decision() == null || !DECISIONS.contains(d.decision())) {
            throw new InvalidParameter("decision", "decision must be adopt, reject or defer.");
        }
        PlainText.check("note", d.note(), MAX_NOTE, true);
        String scenario = scenarios.load(d.scenarioId()).document().id();
        events.publishEvent(new DecisionRecorded(Scope.current().username(), scenario, d.decision(), d.note()));
        return ResponseEntity.created(URI.create("/api/audit")).body(Map.of("decision", d));
    }
}
