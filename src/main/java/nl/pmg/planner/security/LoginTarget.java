package nl.pmg.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a form login the browser goes back to the page that sent it ({@code next}, e.g. the gemeente page
 * whose wijken needed a login) — but only to a path on this site, never to another host.
 */
final class LoginTarget extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\w\\-./?=&%]{0,500}");

    LoginTarget() {
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        String next = request.getParameter("next");
        if (isLocalPath(next)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, next);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    static boolean isLocalPath(String next) {
        return next != null && LOCAL_PATH.matcher(next).matches();
    }
}
