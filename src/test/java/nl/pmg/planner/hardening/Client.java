package nl.pmg.planner.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP client of the hardening tests: every request carries HTTP Basic {@code manager:demo-manager}
 * (ignored while the service has no security), bodies are raw bytes so that anything can be sent.
 */
final class Client {

    static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder().encodeToString("manager:demo-manager".getBytes(StandardCharsets.UTF_8));

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;

    Client(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, String contentType, String body) {
    }

    /** {@code body} null = no body; {@code headers} may add Content-Encoding and the like. */
    Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", AUTHORIZATION)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
