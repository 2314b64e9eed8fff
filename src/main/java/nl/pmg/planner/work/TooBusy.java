package nl.pmg.planner.work;

import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** The instance is doing as much heavy work as it may; the client should come back after {@code retryAfterSeconds}. */
public class TooBusy extends ApiProblem {

    private final String work;
    private final long retryAfterSeconds;

    TooBusy(String work, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-busy", "This instance is already running as many " + work
                + " runs as it may; try again in " + retryAfterSeconds + " s (Retry-After).");
        this.work = work;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("work", work, "retryAfterSeconds", retryAfterSeconds);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
    }
}
