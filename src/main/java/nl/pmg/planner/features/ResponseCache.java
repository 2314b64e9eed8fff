package nl.pmg.planner.features;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Finished response bodies, kept once built: the bytes and their gzip (compressed once, at the
 * best level, instead of on every request), with a strong ETag, so a repeat request costs a map
 * look-up and a conditional one a 304. The key must hold everything the body depends on: the
 * caller builds it from the request (base URL, path, query, format) and, for bodies with values,
 * {@code Scope.key()}, so no caller is ever served a body made for a scope with more detail.
 */
@Component
public class ResponseCache {

    /** A finished body: identity and gzip bytes, media type, ETag and extra headers (e.g. Content-Crs). */
    public record Body(byte[] identity, byte[] gzip, MediaType type, String etag, Map<String, String> headers) {
    }

    private final Cache<String, Body> cache;
    private final int maxAge;

    ResponseCache(FeaturesProperties properties) {
        this.cache = Caffeine.newBuilder().maximumWeight(properties.responseCacheBytes())
                .weigher((String k, Body b) -> b.identity().length + (b.gzip() == null ? 0 : b.gzip().length) + k.length())
                .build();
        this.maxAge = properties.publicMaxAgeSeconds();
    }

    /**
     * Answers from the cache, building (and keeping) the body on a miss. {@code shared} bodies are
     * the same for every caller (public, cacheable by proxies); the others are private and revalidated.
     */
    public ResponseEntity<byte[]> respond(HttpServletRequest request, String key, boolean shared, Supplier<Body> build) {
        Body body = cache.get(key, k -> build.get());
        return answer(request, body, shared);
    }

    /** Builds and keeps a body ahead of its first request (no-op when it is kept already). */
    void warm(String key, Supplier<Body> build) {
        cache.get(key, k -> build.get());
    }

    /** A body built once per request, not kept (e.g. imported indicators that may change at any time). */
    public ResponseEntity<byte[]> respondUncached(HttpServletRequest request, Body body) {
        return answer(request, body, false);
    }

    /** A JSON document as a body. */
    public static Body json(Object document, MediaType type) {
        return body(JSON.writeValueAsString(document).getBytes(java.nio.charset.StandardCharsets.UTF_8), type, Map.of());
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    static Body body(byte[] identity, MediaType type, Map<String, String> headers) {
        return new Body(identity, identity.length >= 1024 ? gzip(identity) : null, type, etag(identity), headers);
    }

    private ResponseEntity<byte[]> answer(HttpServletRequest request, Body body, boolean shared) {
        boolean gzip = body.gzip() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = body.etag().replace("\"", "");
        String tag = "\"" + etag + (gzip ? "-gz" : "") + "\"";
        HttpHeaders h = new HttpHeaders();
        h.setETag(tag);
        h.setVary(java.util.List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_ENCODING));
        h.setCacheControl(shared ? CacheControl.maxAge(java.time.Duration.ofSeconds(maxAge)).cachePublic()
                : CacheControl.noCache().cachePrivate());
        body.headers().forEach(h::set);
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return new ResponseEntity<>(h, HttpStatus.NOT_MODIFIED);
        }
        if (body.identity().length == 0) { // an empty tile: nothing to send (OGC API – Tiles permits 204)
            return new ResponseEntity<>(h, HttpStatus.NO_CONTENT);
        }
        h.setContentType(body.type());
        if (gzip) {
            h.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            return new ResponseEntity<>(body.gzip(), h, HttpStatus.OK);
        }
        return new ResponseEntity<>(body.identity(), h, HttpStatus.OK);
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip") || p[0].trim().equals("*")) {
                return !(p.length > 1 && p[1].trim().replace(" ", "").matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
