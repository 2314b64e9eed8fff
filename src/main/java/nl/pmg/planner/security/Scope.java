package nl.pmg.planner.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the caller may see in detail: {@code role} null is the anonymous public; {@code gemeente} is
 * set for a municipality. {@link #key()} keys any cache of values, so no scope gets another's detail.
 */
public record Scope(String username, Role role, String gemeente) {

    static final String GEMEENTE_AUTHORITY = "GEMEENTE_";
    public static final Scope ANONYMOUS = new Scope(null, null, null);

    /** The scope of the current request's caller. */
    public static Scope current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Scope of(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        Role role = null;
        String gemeente = null;
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(GEMEENTE_AUTHORITY)) {
                gemeente = name.substring(GEMEENTE_AUTHORITY.length());
            }
            for (Role r : Role.values()) {
                if (name.equals(r.authority())) {
                    role = r;
                }
            }
        }
        return role == null ? ANONYMOUS : new Scope(auth.getName(), role, gemeente);
    }

    public boolean anonymous() {
        return role == null;
    }

    /** Full detail everywhere: programme managers and analysts. */
    public boolean fullDetail() {
        return role == Role.PROGRAMME_MANAGER || role == Role.ANALYST;
    }

    /** May the caller see wijk/buurt values (and small numbers) of this gemeente? */
    public boolean detailFor(String gemeenteCode) {
        return fullDetail() || (role == Role.MUNICIPALITY && gemeente != null && gemeente.equals(gemeenteCode));
    }

    /** A cache key: callers with equal keys may share cached values. */
    public String key() {
        if (fullDetail()) {
            return "full";
        }
        return role == Role.MUNICIPALITY ? "municipality:" + gemeente : "public";
    }
}
