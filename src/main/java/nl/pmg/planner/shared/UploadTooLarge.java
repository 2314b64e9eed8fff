package nl.pmg.planner.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request body (an upload, or any other body) passed its size limit while it was being read. */
public class UploadTooLarge extends ApiProblem {

    private final long limitBytes;

    public UploadTooLarge(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "The request body is larger than the limit of "
                + limitBytes + " bytes.");
        this.limitBytes = limitBytes;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("limitBytes", limitBytes);
    }
}
