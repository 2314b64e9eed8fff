package nl.pmg.planner.audit;

import nl.pmg.planner.security.Scope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What goes into the audit trail: browser logins, every failed login (form or Basic), and the
 * successful writes — imports, scenario saves, framework saves — recorded as they leave the service
 * (method, path, status, Location). Decisions are recorded by {@code AuditController}.
 */
@Component
class AuditEvents extends OncePerRequestFilter {

    private final AuditTrail trail;

    AuditEvents(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void login(InteractiveAuthenticationSuccessEvent event) {
        trail.record(event.getAuthentication().getName(), "login", "/login", "form login");
    }

    @EventListener
    void failedLogin(AbstractAuthenticationFailureEvent event) {
        trail.record(String.valueOf(event.getAuthentication().getName()), "login-failed", null,
                event.getException().getClass().getSimpleName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String action = action(request);
        String user = action == null ? null : Scope.current().username();
        chain.doFilter(request, response);
        if (action != null && response.getStatus() >= 200 && response.getStatus() < 300) {
            String location = response.getHeader("Location");
            trail.record(user, action, request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                    "status " + response.getStatus() + (location == null ? "" : ", " + location));
        }
    }

    private static String action(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String path = request.getRequestURI();
        if (path.startsWith("/api/imports/")) {
            return "import";
        }
        if (path.equals("/api/scenarios")) {
            return "scenario-save";
        }
        if (path.equals("/api/frameworks")) {
            return "framework-save";
        }
        return null;
    }
}
