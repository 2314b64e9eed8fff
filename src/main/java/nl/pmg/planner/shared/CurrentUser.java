package nl.pmg.planner.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who makes the current request, for the actor of a domain event; without the security feature's types. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in username, or null for the anonymous public and for the system itself (commands, start-up). */
    public static String name() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || "anonymousUser".equals(a.getName()) ? null : a.getName();
    }
}
