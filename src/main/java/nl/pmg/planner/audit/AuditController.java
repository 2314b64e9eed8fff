package nl.pmg.planner.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.pmg.planner.shared.InvalidParameter;
import nl.pmg.planner.shared.Text;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?limit=} (programme managers): the latest events, newest first, and the verdict on the
 * whole chain — {@code chainIntact}, the number of events against the anchor's count, and the first break.
 */
@RestController
class AuditController {

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
        Chain.Verdict verdict = trail.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", events);
        body.put("chainIntact", verdict.intact());
        body.put("eventCount", verdict.events());
        body.put("anchoredCount", verdict.anchored());
        body.put("firstBreak", verdict.firstBreak());
        return body;
    }
}
