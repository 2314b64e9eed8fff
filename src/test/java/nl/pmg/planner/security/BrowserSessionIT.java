package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser session: form login with the page's CSRF token, writes refused without the
 * X-XSRF-TOKEN header and accepted with it, failed logins throttled, and the save audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSessionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void sessionWritesNeedTheCsrfHeaderAndAreAudited() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        JsonNode session = JSON.readTree(browser.send(HttpRequest.newBuilder(uri("/api/session")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(session.get("authenticated").asBoolean()).isFalse();
        assertThat(session.get("demoMode").asBoolean()).isTrue();
        String form = "username=analyst&password=demo-analyst&" + session.get("csrf").get("parameterName").asString() + "="
                + URLEncoder.encode(session.get("csrf").get("token").asString(), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

        String body = "{\"name\":\"csrf check\",\"request\":{\"add\":2}}";
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("\"code\":\"forbidden\"");

        // what web/js/api.js does: the XSRF-TOKEN cookie back as a header
        browser.send(HttpRequest.newBuilder(uri("/api/session")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().get(uri("/")).stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(uri("/api/scenarios"))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);

        String audit = new Http(port).get("/api/audit?limit=20").body();
        assertThat(audit).contains("\"action\":\"scenario-saved\"", "\"username\":\"analyst\"", "\"action\":\"login\"");
    }

    @Test
    void repeatedFailedLoginsAreThrottled() {
        Http wrong = new Http(port, "mallory", "guess");
        for (int i = 0; i < 10; i++) {
            assertThat(wrong.get("/api/exports/gemeenten.csv").status()).isEqualTo(401);
        }
        Http.Response locked = wrong.get("/api/exports/gemeenten.csv");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("too-many-failed-logins");
        // other users are not affected
        assertThat(new Http(port, "analyst", "demo-analyst").get("/api/exports/gemeenten.csv").status()).isEqualTo(200);
    }
}
