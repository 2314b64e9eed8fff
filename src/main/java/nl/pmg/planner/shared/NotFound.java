package nl.pmg.planner.shared;

import org.springframework.http.HttpStatus;

/** An unknown collection, area or indicator; {@code code} says which kind of thing was not found. */
public class NotFound extends ApiProblem {

    private final java.util.Map<String, Object> parameters;

    public NotFound(String code, String detail) {
        this(code, detail, java.util.Map.of());
    }

    /** parameters: the members that name what was not found (e.g. {@code code}), so clients can word it. */
    public NotFound(String code, String detail, java.util.Map<String, Object> parameters) {
        super(HttpStatus.NOT_FOUND, code, detail);
        this.parameters = java.util.Map.copyOf(parameters);
    }

    @Override
    public java.util.Map<String, Object> extensions() {
        return parameters;
    }

    public static NotFound collection(String id) {
        return new NotFound("unknown-collection", "There is no collection '" + Text.shorten(id) + "'.",
                java.util.Map.of("collection", Text.shorten(id)));
    }

    public static NotFound area(String code) {
        return new NotFound("unknown-area", "There is no area with code '" + Text.shorten(code) + "'.",
                java.util.Map.of("area", Text.shorten(code)));
    }

    public static NotFound indicator(String id) {
        return new NotFound("unknown-indicator", "There is no indicator '" + Text.shorten(id) + "'.",
                java.util.Map.of("indicator", Text.shorten(id)));
    }
}
