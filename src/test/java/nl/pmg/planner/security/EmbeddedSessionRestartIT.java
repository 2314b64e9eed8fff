package nl.pmg.planner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.pmg.planner.support.Instances;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Sessions in the embedded store (finding 16 of #13): a restart of the service keeps the browser's login. */
class EmbeddedSessionRestartIT {

    static ConfigurableApplicationContext start(int port) {
        return Instances.embedded("--server.port=" + port,
                "--planner.store.data-dir=target/it-data/session-restart");
    }

    @Test
    void aRestartKeepsTheLogin() throws Exception {
        ConfigurableApplicationContext first = start(0);
        int port = Instances.port(first);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        URI session = URI.create("http://localhost:" + port + "/api/session");
        try {
            assertThat(LoginThrottleIT.CookieJarClient.loginWith(browser, port, "amsterdam", "demo-amsterdam")
                    .headers().firstValue("Location").orElse("")).doesNotContain("error");
            assertThat(browser.send(HttpRequest.newBuilder(session).build(), HttpResponse.BodyHandlers.ofString()).body())
                    .contains("\"username\":\"amsterdam\"");
        } finally {
            first.close();
        }
        ConfigurableApplicationContext second = start(port);
        try {
            String after = browser.send(HttpRequest.newBuilder(session).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(after).as("after the restart").contains("\"authenticated\":true", "\"username\":\"amsterdam\"");
        } finally {
            second.close();
        }
    }
}
