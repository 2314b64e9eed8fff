package nl.pmg.planner.features;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links, built from the request as the client sent it: behind a proxy the forwarded
 * headers count when {@code server.forward-headers-strategy} allows them (README, "Behind a proxy").
 */
final class Links {

    private Links() {
    }

    /** Scheme, host, port and context path of the request, e.g. {@code https://example.nl}. */
    static String base(HttpServletRequest request) {
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(request.getServerName())
                .port(defaultPort(request) ? -1 : request.getServerPort()).path(request.getContextPath())
                .build().toUriString();
    }

    private static boolean defaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
    }

    /** The request's own URL with one query parameter set (or removed when {@code value} is null). */
    static String self(HttpServletRequest request, String parameter, Object value) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(base(request) + path(request));
        if (request.getQueryString() != null) {
            b.query(request.getQueryString());
        }
        if (parameter != null) {
            if (value == null) {
                b.replaceQueryParam(parameter);
            } else {
                b.replaceQueryParam(parameter, value);
            }
        }
        try {
            return b.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return b.build().encode().toUriString();
        }
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static Map<String, Object> link(String rel, String href, String type, String title) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("rel", rel);
        l.put("href", href);
        l.put("type", type);
        if (title != null) {
            l.put("title", title);
        }
        return l;
    }
}
