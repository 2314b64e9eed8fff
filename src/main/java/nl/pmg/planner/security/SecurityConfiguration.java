package nl.pmg.planner.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Supplier;
import nl.pmg.planner.area.Areas;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The role × endpoint rules (README, "Roles and access"). Anything not listed needs a login, so a
 * new endpoint is never public by accident; {@code SecurityMatrixIT} checks every route.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String PM = Role.PROGRAMME_MANAGER.name();
    static final String ANALYST = Role.ANALYST.name();

    /** No inline script anywhere; inline styles stay allowed (Leaflet and the panels set them). */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The OGC API's public entry points and tiles (features and collections are in the public read API below). */
    static final String[] OGC_PUBLIC = {"/api", "/api/", "/api/conformance", "/api/tileMatrixSets", "/api/tileMatrixSets/*",
        "/api/collections/*/tiles", "/api/collections/*/tiles/*", "/api/collections/*/tiles/*/*/*/*"};

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SecurityProperties properties, LoginThrottle throttle, Areas areas) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authorizeHttpRequests(a -> a
                // pages and static assets
                .requestMatchers(GET, "/", "/index.html", "/login", "/login.html", "/gemeente/*", "/monitor", "/monitor/*",
                        "/monitor.html", "/monitor-report.html", "/audit", "/audit.html", "/js/**", "/*.css", "/favicon.svg",
                        "/webjars/**", "/error").permitAll()
                .requestMatchers("/error").permitAll()
                // any other one-segment page (web #14): an unknown one answers the site's "not found" page, not a login
                .requestMatchers(GET, "/*").permitAll()
                .requestMatchers(GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/actuator/health", "/actuator/health/**").permitAll()
                // public read API: gemeente level in full, wijk/buurt values suppressed (Disclosure)
                .requestMatchers(GET, "/api/collections", "/api/collections/*", "/api/collections/*/items",
                        "/api/collections/*/items/*", "/api/indicators", "/api/indicators/*", "/api/indicators/*/values",
                        "/api/layers", "/api/layers/*/values", "/api/programme", "/api/search", "/api/map/config",
                        "/api/session", "/api/benchmarks/*", "/api/monitor/focus-areas", "/api/selections/regions").permitAll()
                // the printed gebiedsprofiel (web #14): public, its wijk figures only for callers with detail rights
                .requestMatchers(GET, "/api/profiles/*").permitAll()
                // OGC API: landing page, conformance, tile matrix sets and vector tiles (geometry, code and name only)
                .requestMatchers(GET, OGC_PUBLIC).permitAll()
                // HEAD wherever GET is allowed, to the same callers (OGC API – Features asks for HEAD on every resource)
                .requestMatchers(HEAD, OGC_PUBLIC).permitAll()
                .requestMatchers(HEAD, "/", "/index.html", "/login", "/gemeente/*", "/monitor", "/monitor/*", "/js/**", "/*.css",
                        "/favicon.svg", "/webjars/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                        "/actuator/health", "/api/collections", "/api/collections/*", "/api/collections/*/items",
                        "/api/collections/*/items/*", "/api/indicators", "/api/indicators/*", "/api/indicators/*/values",
                        "/api/layers", "/api/layers/*/values", "/api/programme", "/api/search", "/api/map/config",
                        "/api/session", "/api/benchmarks/*", "/api/monitor/focus-areas", "/api/profiles/*", "/api/frameworks", "/api/frameworks/*",
                        "/api/scenarios", "/api/scenarios/*", "/api/scenarios/*/compare/*", "/api/selections/regions").permitAll()
                .requestMatchers(HEAD, "/api/monitor/{code}", "/api/monitor/{code}/export.csv")
                        .access((auth, ctx) -> detailFor(areas, auth, ctx, true))
                .requestMatchers(HEAD, "/api/selections/{code}/priority-areas")
                        .access((auth, ctx) -> detailFor(areas, auth, ctx, false))
                .requestMatchers(HEAD, "/api/selections/uncertainty/*", "/api/imports/*").hasAnyRole(PM, ANALYST)
                .requestMatchers(HEAD, "/api/audit").hasRole(PM)
                .requestMatchers(HEAD, "/api/calibrations", "/api/calibrations/*", "/api/selections/regions").permitAll()
                .requestMatchers(HEAD, "/api/reports/scenarios/*").hasAnyRole(PM, ANALYST)
                // the public map's scenario panel reads the method and the scenarios (gemeente-level selections)
                .requestMatchers(GET, "/api/frameworks", "/api/frameworks/*", "/api/scenarios", "/api/scenarios/*",
                        "/api/scenarios/*/compare/*").permitAll()
                // what explains the past rounds: gemeente-level, read by the analyst view's panel
                .requestMatchers(GET, "/api/calibrations", "/api/calibrations/*").permitAll()
                .requestMatchers(GET, "/api/monitor/{code}", "/api/monitor/{code}/export.csv")
                        .access((auth, ctx) -> detailFor(areas, auth, ctx, true))
                // analysis and writes
                .requestMatchers(GET, "/api/selections/{code}/priority-areas")
                        .access((auth, ctx) -> detailFor(areas, auth, ctx, false))
                .requestMatchers(POST, "/api/scores", "/api/selections", "/api/selections/uncertainty", "/api/scenarios",
                        "/api/frameworks", "/api/imports/indicators", "/api/imports/boundaries").hasAnyRole(PM, ANALYST)
                // publishing a draft: its author or a programme manager (checked by the scenario feature)
                .requestMatchers(POST, "/api/scenarios/*/publish").hasAnyRole(PM, ANALYST)
                .requestMatchers(GET, "/api/selections/uncertainty/*", "/api/imports/*").hasAnyRole(PM, ANALYST)
                .requestMatchers(GET, "/api/reports/scenarios/*").hasAnyRole(PM, ANALYST)
                .requestMatchers(DELETE, "/api/selections/uncertainty/*").hasAnyRole(PM, ANALYST)
                .requestMatchers(POST, "/api/calibrations", "/api/selections/sensitivity").hasAnyRole(PM, ANALYST)
                .requestMatchers(GET, "/api/audit").hasRole(PM)
                .requestMatchers(POST, "/api/decisions").hasRole(PM)
                .requestMatchers(POST, "/api/programme/memberships").hasRole(PM)
                .requestMatchers(GET, "/api/exports/*").authenticated()
                .anyRequest().authenticated());
        http.httpBasic(b -> b.authenticationEntryPoint(problems));
        // a failed login creates no session (the page shows ?error), so a flood of failures fills no session store
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failure.setAllowSessionCreation(false);
        http.formLogin(f -> f.loginPage("/login").successHandler(new LoginTarget()).failureHandler(failure).permitAll());
        http.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
        http.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        // the browser session sends the cookie token as X-XSRF-TOKEN (web/js/api.js). The only ambient credential is
        // the session cookie (no Basic challenge is ever sent, so browsers hold no Basic credentials): an API call
        // without a session needs no token, any request with one does — whatever else it carries.
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http.csrf(c -> c.spa().csrfTokenRepository(tokens)
                .ignoringRequestMatchers(SecurityConfiguration::withoutAmbientCredentials));
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new BodyLimits(properties.maxUploadBytes(), properties.maxBodyBytes()),
                UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Spring Security observes nothing: no metrics endpoint is exposed (management.endpoints: health and info),
     * and observing the filter chain and every authentication cost each request, the signed-in ones most — an
     * HTTP Basic client authenticates on every request (#12: an analyst's throughput is an anonymous visitor's).
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    /**
     * Spring's strict firewall, plus: no control characters (NUL above all, which PostgreSQL text cannot hold)
     * in parameter names or values — tabs and line breaks aside, which free-text parameters may carry.
     */
    @Bean
    org.springframework.security.web.firewall.StrictHttpFirewall httpFirewall() {
        var firewall = new org.springframework.security.web.firewall.StrictHttpFirewall();
        firewall.setAllowedParameterNames(SecurityConfiguration::withoutControlCharacters);
        firewall.setAllowedParameterValues(SecurityConfiguration::withoutControlCharacters);
        return firewall;
    }

    static boolean withoutControlCharacters(String s) {
        return s.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** A URL the firewall refuses (e.g. an encoded slash or a semicolon) is a 400 problem like any other bad input. */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> ProblemResponses.write(response,
                org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-request",
                "The request URL contains characters that are not accepted (such as ';', '%2F' or '%25').");
    }

    /** An API request that carries no session: nothing a third-party page could make the browser send. */
    static boolean withoutAmbientCredentials(HttpServletRequest request) {
        return ProblemResponses.api(request) && request.getSession(false) == null;
    }

    /**
     * Wijk/buurt detail behind a path variable {@code code}: full-detail roles always, a municipality
     * for codes in its own gemeente; {@code publicGemeente} lets anyone read gemeente-level codes (and
     * names that are no area code, such as {@code programme}).
     */
    private static AuthorizationDecision detailFor(Areas areas, Supplier<? extends Authentication> auth,
            RequestAuthorizationContext ctx, boolean publicGemeente) {
        String code = ctx.getVariables().getOrDefault("code", "");
        String upper = code.toUpperCase(Locale.ROOT);
        boolean detailCode = upper.startsWith("WK") || upper.startsWith("BU");
        if (publicGemeente && !detailCode) {
            return new AuthorizationDecision(true);
        }
        Scope scope = Scope.of(auth.get());
        if (scope.anonymous()) {
            return new AuthorizationDecision(false);
        }
        String gemeente = areas.find(upper).map(a -> a.gemeenteCode()).orElse(upper);
        return new AuthorizationDecision(scope.detailFor(gemeente));
    }
}
