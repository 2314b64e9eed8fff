package nl.pmg.planner.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A query or path parameter that cannot be accepted; the problem names the parameter. */
public class InvalidParameter extends ApiProblem {

    private final String parameter;

    public InvalidParameter(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-parameter", detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("parameter", parameter);
    }
}
