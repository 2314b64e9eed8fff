package nl.pmg.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * The user name a request tries to log in as, read exactly as Spring Security reads it: HTTP Basic through
 * Spring's own {@link BasicAuthenticationConverter} (so "Basic", any whitespace, then the token), or the
 * {@code username} field of the login form. A name is at most {@link #MAX_USERNAME} characters.
 */
final class Credentials {

    static final int MAX_USERNAME = 256;
    static final int MAX_PASSWORD = 1024;

    /** What a request presents: the name (maybe over-long) and whether the password is within bounds. */
    record Attempt(String username, boolean passwordTooLong) {

        /** No account has such a name: over {@link #MAX_USERNAME} characters, or with a control character. */
        boolean usernameTooLong() {
            return username.length() > MAX_USERNAME
                    || username.chars().anyMatch(Character::isISOControl);
        }
    }

    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private Credentials() {
    }

    /** The attempt in this request, or null when it presents no credentials (or unreadable Basic ones). */
    static Attempt of(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            try {
                UsernamePasswordAuthenticationToken token = BASIC.convert(request);
                if (token != null) {
                    Object password = token.getCredentials();
                    return new Attempt(token.getName(), password != null && password.toString().length() > MAX_PASSWORD);
                }
            } catch (AuthenticationException e) {
                return null; // Spring answers these itself (401), before any user is looked up
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String user = request.getParameter("username");
            String password = request.getParameter("password");
            return user == null ? null : new Attempt(user, password != null && password.length() > MAX_PASSWORD);
        }
        return null;
    }

    /** Whether this request authenticates with a well-formed HTTP Basic header. */
    static boolean basic(HttpServletRequest request) {
        try {
            return request.getHeader("Authorization") != null && BASIC.convert(request) != null;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
