package nl.pmg.planner.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A browser asking for a page that does not exist (an unknown path, or {@code /gemeente/GM9999}) gets
 * the site's own "not found" page with status 404, in the UI language, instead of problem+json. API
 * clients, and anything that does not ask for HTML, keep getting problem+json.
 */
final class NotFoundPage {

    private static final String HTML = load();

    private NotFoundPage() {
    }

    /** True for a browser's page request: not the API and Accept names text/html. */
    static boolean wanted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator") || path.startsWith("/v3/");
        String accept = request.getHeader("Accept");
        return !api && accept != null && accept.contains("text/html");
    }

    static ResponseEntity<String> response() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(HTML);
    }

    private static String load() {
        try (InputStream in = NotFoundPage.class.getClassLoader().getResourceAsStream("static/not-found.html")) {
            if (in == null) {
                throw new IllegalStateException("missing static/not-found.html");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
