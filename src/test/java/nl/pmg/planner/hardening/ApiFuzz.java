package nl.pmg.planner.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.pmg.planner.support.Http;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The fuzz harness: at least 5,000 requests generated from the live {@code /v3/api-docs} ({@link FuzzCases}),
 * sent as the programme manager (so they reach the handlers) and a share as the public. No answer may be a
 * 5xx, and every 4xx must be problem+json with a {@code code}. Prints the totals by status.
 */
abstract class ApiFuzz {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Test
    void generatedRequestsGetNo5xxAndProblemJsonThroughout() throws Exception {
        Http.Response docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        List<FuzzCases.Request> cases = new FuzzCases(docs.json()).all();
        assertThat(cases).as("requests generated from the OpenAPI document").hasSizeGreaterThanOrEqualTo(5_000);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        int n = 0;
        for (FuzzCases.Request c : cases) {
            boolean anonymous = n++ % 7 == 0;
            HttpResponse<String> r = send(c, anonymous);
            byStatus.merge(r.statusCode(), 1, Integer::sum);
            String type = r.headers().firstValue("Content-Type").orElse("");
            String shown = c.method() + " " + c.path() + " [" + c.contentType() + "] "
                    + (c.body() == null ? "" : shorten(new String(c.body(), StandardCharsets.UTF_8))) + " -> "
                    + r.statusCode() + " " + type + " " + shorten(r.body());
            if (r.statusCode() >= 500) {
                failures.add("5xx: " + shown);
            } else if (r.statusCode() >= 400 && (!type.startsWith("application/problem+json")
                    || !r.body().contains("\"code\":"))) {
                failures.add("not problem+json: " + shown);
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        LoggerFactory.getLogger(getClass()).info("fuzz: {} requests in {} s, by status {}", cases.size(), seconds,
                byStatus);
        assertThat(failures).hasSizeLessThanOrEqualTo(0);
    }

    private HttpResponse<String> send(FuzzCases.Request c, boolean anonymous) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path()))
                .timeout(Duration.ofSeconds(60))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (!anonymous) {
            b.header("Authorization", Http.MANAGER);
        }
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
