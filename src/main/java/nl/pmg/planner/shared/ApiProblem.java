package nl.pmg.planner.shared;

import org.springframework.http.HttpStatus;

/**
 * A client-visible fault, answered as RFC 9457 problem+json with a stable {@code code}. Each fact
 * gets its own subclass, so handlers and tests can name it.
 */
public abstract class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    protected ApiProblem(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra members for the problem document (e.g. the offending parameter); empty by default. */
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of();
    }

    /** Response headers that go with the problem (e.g. Retry-After); empty by default. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }
}
