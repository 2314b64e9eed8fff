package nl.pmg.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as RFC 9457 problem+json (codes {@code unauthenticated}, {@code forbidden}) for the
 * API — never a login redirect there; pages that need a login send the browser to {@code /login}.
 * No {@code WWW-Authenticate: Basic} challenge, so browsers never cache Basic credentials (which
 * would bypass the CSRF check for the session).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!api(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "This request needs a login: send HTTP Basic credentials, or sign in at /login.", Map.of(),
                nl.pmg.planner.shared.Texts.lang(request));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        boolean csrf = e instanceof org.springframework.security.web.csrf.CsrfException;
        String detail = csrf ? "The CSRF token is missing or invalid; reload the page and try again." : "Your role may not do this.";
        write(response, HttpStatus.FORBIDDEN, "forbidden", detail, csrf ? Map.of("reason", "csrf") : Map.of(), nl.pmg.planner.shared.Texts.lang(request));
    }

    static boolean api(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator") || path.startsWith("/v3/");
    }

    static void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, detail, Map.of());
    }

    /** With extra members (the problem's parameters, e.g. {@code retryAfterSeconds}), in the request's language. */
    static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
            Map<String, Object> extensions) throws IOException {
        write(response, status, code, detail, extensions, nl.pmg.planner.shared.Texts.lang());
    }

    /** The problem in lang (Accept-Language of the request): Dutch wording for nl, the English detail otherwise. */
    static void write(HttpServletResponse response, HttpStatus status, String code, String detail, Map<String, Object> members,
            String lang) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:pmg-planner:problem:" + code);
        p.put("title", status.getReasonPhrase());
        p.put("status", status.value());
        p.put("detail", detail);
        p.put("code", code);
        p.putAll(members);
        nl.pmg.planner.shared.Texts.localise(p, lang);
        response.setHeader("Content-Language", lang);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(p));
    }
}
