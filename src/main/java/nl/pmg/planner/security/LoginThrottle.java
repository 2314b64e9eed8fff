package nl.pmg.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per user name and client address: after {@code max-failed-logins}
 * failures within {@code lockout-seconds}, further attempts for that pair are refused with 429
 * ({@code too-many-failed-logins}, Retry-After) until the period has passed — even with the right
 * password, so guessing gains nothing. A success resets the count.
 */
@org.springframework.stereotype.Component
class LoginThrottle {

    private record Failures(int count, long since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int max;
    private final long windowMillis;

    LoginThrottle(SecurityProperties properties) {
        this.max = properties.maxFailedLogins();
        this.windowMillis = properties.lockoutSeconds() * 1000L;
    }

    /** The filter in the security chain, in front of both login mechanisms. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                check(request, response, chain);
            }
        };
    }

    private void check(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = attemptedUser(request);
        if (user != null) {
            Failures f = failures.get(key(user, request.getRemoteAddr()));
            long now = System.currentTimeMillis();
            if (f != null && f.count() >= max && now - f.since() < windowMillis) {
                response.setHeader("Retry-After", String.valueOf((windowMillis - (now - f.since())) / 1000 + 1));
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins",
                        "Too many failed logins for this user; try again later.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName());
        String key = key(user, remoteAddress(event.getAuthentication().getDetails()));
        long now = System.currentTimeMillis();
        failures.compute(key, (k, f) -> f == null || now - f.since() >= windowMillis ? new Failures(1, now)
                : new Failures(f.count() + 1, f.since()));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(e -> now - e.getValue().since() >= windowMillis);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName(), remoteAddress(event.getAuthentication().getDetails())));
    }

    private static String remoteAddress(Object details) {
        return details instanceof org.springframework.security.web.authentication.WebAuthenticationDetails w
                ? w.getRemoteAddress() : "";
    }

    private static String key(String user, String address) {
        return user.toLowerCase(Locale.ROOT) + "|" + address;
    }

    /** The user name a request tries to log in as: HTTP Basic, or the login form. */
    static String attemptedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return request.getParameter("username");
        }
        return null;
    }
}
