package nl.pmg.planner.store;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.pmg.planner.support.Http;

/** Sends raw bodies and multipart uploads, which the shared {@link Http} client does not do. */
final class Upload {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Upload() {
    }

    static Http.Response bytes(int port, String path, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", Http.MANAGER)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Parts by name → (file name, bytes). */
    static Http.Response multipart(int port, String path, Map<String, Map.Entry<String, byte[]>> parts)
            throws Exception {
        String boundary = "----pmg" + System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var p : parts.entrySet()) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.getKey() + "\"; filename=\""
                    + p.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(p.getValue().getValue());
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return bytes(port, path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static Http.Response send(HttpRequest request) throws Exception {
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Http.Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }
}
