package nl.pmg.planner.audit;

import nl.pmg.planner.security.Scope;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit} (programme managers) and {@code POST /api/decisions} (programme managers). */
@RestController
class AuditController {

    /** A programme decision on a scenario: {@code decision} is adopt, reject or defer. */
    record Decision(String scenarioId, String decision, String note) {
    }

    private static final Set<String> DECISIONS = Set.of("adopt", "reject", "defer");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    Map<String, Object> audit(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("limit")) {
                throw new InvalidParameter(name, "Unknown parameter '" + Text.shorten(name) + "'; known: limit.");
            }
        }
        int limit = 100;
        String text = request.getParameter("limit");
        if (text != null) {
            try {
                limit = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 10_000) {
                throw new InvalidParameter("limit", "limit must be a whole number from 1 to 10,000.");
            }
        }
        List<AuditTrail.Event> events = trail.latest(limit);
        return Map.of("events", events, "chainIntact", trail.verify());
    }

    @PostMapping("/api/decisions")
    ResponseEntity<Map<String, Object>> decide(@RequestBody Decision d) {
        if (d.scenarioId() == null || !d.scenarioId().matches("[A-Za-z0-9_.:-]{1,100}")) {
            throw new InvalidParameter("scenarioId", "scenarioId must be 1 to 100 letters, digits or _.:-");
        }
        if (d.decision() == null || !DECISIONS.contains(d.decision())) {
            throw new InvalidParameter("decision", "decision must be adopt, reject or defer.");
        }
        if (d.note() != null && d.note().length() > 2000) {
            throw new InvalidParameter("note", "note is limited to 2,000 characters.");
        }
        trail.record(Scope.current().username(), "decision", "/api/scenarios/" + d.scenarioId(),
                d.decision() + (d.note() == null ? "" : ": " + d.note()));
        AuditTrail.Event e = trail.latest(1).get(0);
        return ResponseEntity.created(URI.create("/api/audit")).body(Map.of("decision", d, "event", e));
    }
}
