package nl.pmg.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses uploads ({@code POST /api/imports/**}) larger than {@code planner.security.max-upload-bytes}
 * with 413 {@code upload-too-large} before anything is read; multipart parts are bounded by
 * {@code spring.servlet.multipart.*} as well. A streamed body without Content-Length is counted by the
 * import itself (the same limit applies through the multipart settings only).
 */
final class UploadLimit extends OncePerRequestFilter {

    private final long maxBytes;

    UploadLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/imports/")
                && request.getContentLengthLong() > maxBytes) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                    "Uploads are limited to " + maxBytes + " bytes.");
            return;
        }
        chain.doFilter(request, response);
    }
}
