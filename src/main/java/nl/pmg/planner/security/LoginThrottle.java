package nl.pmg.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per account and per client address (an IPv6 address counts by its /64): after
 * {@code max-failed-logins} failures for an account, or {@code max-failed-logins-per-address} from an
 * address, within {@code lockout-seconds}, further attempts are refused with 429 ({@code
 * too-many-failed-logins}, Retry-After) until the window has passed — even with the right password, so
 * guessing gains nothing, and from any address, so a second address gains nothing either. Credentials are
 * read as Spring reads them ({@link Credentials}); a name over 256 characters is refused before any lookup
 * and never kept. Counts live in {@link LoginFailures} (bounded in memory, or shared in PostGIS), keyed by
 * a digest of the lower-cased name, so unknown names are counted like known ones and tell nothing. Failures
 * for existing users go to the audit trail one by one; those for unknown names are summed
 * ({@link UnknownLogins}).
 */
@Component
class LoginThrottle {

    private final LoginFailures failures;
    private final UnknownLogins unknown;
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;
    private final int perAccount;
    private final int perAddress;
    /** The account the current request tries, when it had failures to forget on success. */
    private final ThreadLocal<String> resetOnSuccess = new ThreadLocal<>();

    LoginThrottle(LoginFailures failures, UnknownLogins unknown, UserAccounts accounts,
            ApplicationEventPublisher events, SecurityProperties properties) {
        this.failures = failures;
        this.unknown = unknown;
        this.accounts = accounts;
        this.events = events;
        this.perAccount = properties.maxFailedLogins();
        this.perAddress = properties.maxFailedLoginsPerAddress();
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
        Credentials.Attempt attempt = Credentials.of(request);
        if (attempt == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean form = !ProblemResponses.api(request);
        String address = addressKey(request.getRemoteAddr());
        if (attempt.usernameTooLong() || attempt.passwordTooLong()) {
            LoginFailures.Count byAddress = failures.count(address);
            if (byAddress.failures() >= perAddress) {
                refuse(response, byAddress.secondsLeft(), form);
                return;
            }
            failures.fail(address);
            unknown.add(digest(attempt.username()), address);
            if (form) {
                response.sendRedirect("/login?error");
                return;
            }
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "User names have at most " + Credentials.MAX_USERNAME + " characters and passwords at most "
                            + Credentials.MAX_PASSWORD + "; these credentials cannot be right.");
            return;
        }
        String account = accountKey(attempt.username());
        // one look-up for both keys: HTTP Basic clients pass here on every request
        LoginFailures.Counts counts = failures.counts(address, account);
        if (counts.address().failures() >= perAddress) {
            refuse(response, counts.address().secondsLeft(), form);
            return;
        }
        LoginFailures.Count byAccount = counts.account();
        if (byAccount.failures() >= perAccount) {
            refuse(response, byAccount.secondsLeft(), form);
            return;
        }
        resetOnSuccess.set(byAccount.failures() > 0 ? account : null);
        try {
            chain.doFilter(request, response);
        } finally {
            resetOnSuccess.remove();
        }
    }

    private static void refuse(HttpServletResponse response, long seconds, boolean form) throws IOException {
        long wait = Math.max(1, seconds);
        response.setHeader("Retry-After", String.valueOf(wait));
        if (form) {
            response.sendRedirect("/login?locked");
            return;
        }
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins",
                "Too many failed logins for this user or from this address; try again in " + wait + " s.",
                java.util.Map.of("retryAfterSeconds", wait));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String user = String.valueOf(event.getAuthentication().getName());
        String address = addressKey(remoteAddress(event.getAuthentication().getDetails()));
        failures.fail(address);
        if (user.length() > Credentials.MAX_USERNAME) {
            unknown.add(digest(user), address);
            return;
        }
        failures.fail(accountKey(user));
        if (accounts.exists(user)) {
            events.publishEvent(new LoginFailed(user, event.getException().getClass().getSimpleName()));
        } else {
            unknown.add(digest(user), address);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String account = resetOnSuccess.get();
        if (account != null && account.equals(accountKey(event.getAuthentication().getName()))) {
            failures.reset(account);
        }
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        events.publishEvent(new LoginSucceeded(event.getAuthentication().getName()));
    }

    private static String remoteAddress(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : "";
    }

    static String accountKey(String username) {
        return "account:" + digest(username.toLowerCase(Locale.ROOT));
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 prefix (one end-user network). */
    static String addressKey(String address) {
        if (address == null || address.isEmpty()) {
            return "address:";
        }
        if (address.startsWith("::ffff:") && address.indexOf('.') > 0) {
            return "address:" + address.substring(7);
        }
        if (address.indexOf(':') < 0) {
            return "address:" + address;
        }
        try {
            byte[] b = java.net.InetAddress.getByName(address).getAddress();
            if (b.length == 4) {
                return "address:" + java.net.InetAddress.getByAddress(b).getHostAddress();
            }
            return "address:" + HexFormat.of().formatHex(b, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException e) {
            return "address:" + address;
        }
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
