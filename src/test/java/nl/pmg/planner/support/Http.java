package nl.pmg.planner.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for integration tests against the running service. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The Authorization header of the demo programme manager, for tests that build their own requests. */
    public static final String MANAGER = "Basic " + java.util.Base64.getEncoder().encodeToString(
            "manager:demo-manager".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final String base;
    /** HTTP Basic header value, or null for an anonymous caller. */
    private final String authorization;

    /** The demo programme manager (may do everything), so existing tests need not care about roles. */
    public Http(int port) {
        this(port, "manager", "demo-manager");
    }

    /** A caller logged in with HTTP Basic as one of the demo users (or any user). */
    public Http(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = username == null ? null : "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The anonymous public: no credentials. */
    public static Http anonymous(int port) {
        return new Http(port, null, null);
    }

    /** Parses a JSON body. */
    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A binary body (a PDF, a GeoPackage); fails unless the answer is 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + ": HTTP " + r.statusCode() + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method, optionally with a body (null for none). */
    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET whose body is binary (a PDF, an image): status, content type and the bytes. */
    public record Binary(int status, String contentType, byte[] bytes) {
    }

    public Binary getBinary(String path) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
