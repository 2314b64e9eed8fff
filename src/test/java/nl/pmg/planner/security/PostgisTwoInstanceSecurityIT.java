package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.pmg.planner.support.Http;
import nl.pmg.planner.support.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one PostGIS share what security keeps: sessions (finding 16 of #13) — a login on one
 * instance is a login on the other — and failed-login counts, so an account locked on one is locked on the
 * other. The session cookie is SameSite=Lax, and Secure when the request came over HTTPS through the proxy
 * (X-Forwarded-Proto).
 */
class PostgisTwoInstanceSecurityIT {

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    @BeforeAll
    static void start() {
        a = instance();
        b = instance();
    }

    static ConfigurableApplicationContext instance() {
        return Instances.postgis("--planner.security.demo-users=true");
    }

    static int port(ConfigurableApplicationContext c) {
        return Instances.port(c);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null && a.isActive()) {
            a.close();
        }
    }

    private static String session(HttpClient browser, int port) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/session")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aLoginOnOneInstanceIsALoginOnTheOtherAndOutlivesIt() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> login = LoginThrottleIT.CookieJarClient.loginWith(browser, port(a), "enschede", "demo-enschede");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(session(browser, port(a))).contains("\"authenticated\":true", "\"username\":\"enschede\"");
        // the same cookie (the cookie store is per host, not per port) on the other instance
        assertThat(session(browser, port(b))).contains("\"authenticated\":true", "\"username\":\"enschede\"");
        assertThat(new Http(port(b), null, null).get("/api/session").body()).as("without the cookie")
                .contains("\"authenticated\":false");
    }

    @Test
    void anAccountLockedOnOneInstanceIsLockedOnTheOther() {
        Http wrong = new Http(port(a), "amsterdam", "not-the-password");
        for (int i = 0; i < 10; i++) {
            assertThat(wrong.get("/api/exports/gemeenten.csv").status()).isEqualTo(401);
        }
        Http.Response other = new Http(port(b), "amsterdam", "demo-amsterdam").get("/api/exports/gemeenten.csv");
        assertThat(other.status()).as("the right password on the other instance").isEqualTo(429);
        assertThat(other.json().get("code").asString()).isEqualTo("too-many-failed-logins");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureBehindHttps() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        for (boolean https : List.of(false, true)) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            URI session = URI.create("http://localhost:" + port(b) + "/api/session");
            String csrf = Http.json(browser.send(HttpRequest.newBuilder(session).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("csrf").get("token").asString();
            HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://localhost:" + port(b) + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=demo-analyst&_csrf="
                            + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)));
            String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
            form.header("Cookie", xsrf);
            if (https) {
                form.header("X-Forwarded-Proto", "https");
            }
            HttpResponse<String> r = plain.send(form.build(), HttpResponse.BodyHandlers.ofString());
            String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                    .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
            assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
            if (https) {
                assertThat(cookie).containsIgnoringCase("Secure");
            } else {
                assertThat(cookie).doesNotContainIgnoringCase("Secure");
            }
        }
    }
}
