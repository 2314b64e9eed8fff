package nl.pmg.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.pmg.planner.shared.UploadTooLarge;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything reads it: uploads ({@code /api/imports/**}) to
 * {@code max-upload-bytes}, every other body to {@code max-body-bytes}. A declared Content-Length over the
 * limit is refused at once (413 {@code upload-too-large}); a streamed body (chunked, without a length) is
 * counted as it is read and refused the moment it passes the limit, so no worker parses a body larger than
 * that. Multipart parts are bounded by {@code spring.servlet.multipart.*} the same way. A body whose
 * Content-Type is a wildcard such as {@code *}{@code /*} or unreadable names no format and is refused with
 * 415 {@code unsupported-media-type}.
 */
final class BodyLimits extends OncePerRequestFilter {

    private final long maxUploadBytes;
    private final long maxBodyBytes;

    BodyLimits(long maxUploadBytes, long maxBodyBytes) {
        this.maxUploadBytes = maxUploadBytes;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !type.isBlank() && !concrete(type)) {
            ProblemResponses.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content type " + nl.pmg.planner.shared.Text.shorten(type) + " names no format; send e.g. "
                            + "application/json or text/csv.");
            return;
        }
        boolean upload = request.getRequestURI().startsWith("/api/imports/");
        long max = upload ? maxUploadBytes : maxBodyBytes;
        if (request.getContentLengthLong() > max) {
            ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "upload-too-large",
                    (upload ? "Uploads are" : "Request bodies are") + " limited to " + max + " bytes.",
                    java.util.Map.of("limitBytes", max));
            return;
        }
        chain.doFilter(new Counted(request, max), response);
    }

    private static boolean concrete(String type) {
        try {
            MediaType m = MediaType.parseMediaType(type);
            return !m.isWildcardType() && !m.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Limited(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new UploadTooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
