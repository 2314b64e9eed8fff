package nl.pmg.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The login page ({@code /login}, Dutch with English), the audit page, and {@code GET /api/session}:
 * who is signed in, the demo users when demo mode is on, and the CSRF token for the login form.
 */
@Controller
class SessionController {

    private final SecurityProperties properties;
    private final nl.pmg.planner.area.Areas areas;

    SessionController(SecurityProperties properties, nl.pmg.planner.area.Areas areas) {
        this.properties = properties;
        this.areas = areas;
    }

    /** The gemeente's name, so the UI names a region by its name, never by its code alone. */
    private String nameOf(String gemeente) {
        return gemeente == null ? null : areas.find(gemeente).map(nl.pmg.planner.area.Area::name).orElse(null);
    }

    @GetMapping("/login")
    String login() {
        return "forward:/login.html";
    }

    @GetMapping("/audit")
    String audit() {
        return "forward:/audit.html";
    }

    @GetMapping("/api/session")
    @ResponseBody
    Map<String, Object> session(HttpServletRequest request) {
        Scope scope = Scope.current();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authenticated", !scope.anonymous());
        body.put("username", scope.username());
        body.put("role", scope.role() == null ? null : scope.role().name());
        body.put("gemeente", scope.gemeente());
        body.put("gemeenteName", nameOf(scope.gemeente()));
        body.put("demoMode", properties.demoUsers());
        body.put("demoUsers", !properties.demoUsers() ? List.of() : AccountSeeder.DEMO_USERS.stream()
                .map(d -> Map.of("username", d.username(), "password", d.password(), "role", d.role().name(),
                        "gemeente", d.gemeente() == null ? "" : d.gemeente(),
                        "gemeenteName", d.gemeente() == null ? "" : String.valueOf(nameOf(d.gemeente()))))
                .toList());
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (csrf != null) {
            body.put("csrf", Map.of("headerName", csrf.getHeaderName(), "parameterName", csrf.getParameterName(),
                    "token", csrf.getToken()));
        }
        return body;
    }
}
