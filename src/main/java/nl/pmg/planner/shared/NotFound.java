package nl.pmg.planner.shared;

import org.springframework.http.HttpStatus;

/** An unknown collection, area or indicator; {@code code} says which kind of thing was not found. */
public class NotFound extends ApiProblem {

    public NotFound(String code, String detail) {
        super(HttpStatus.NOT_FOUND, code, detail);
    }

    public static NotFound collection(String id) {
        return new NotFound("unknown-collection", "There is no collection '" + Text.shorten(id) + "'.");
    }

    public static NotFound area(String code) {
        return new NotFound("unknown-area", "There is no area with code '" + Text.shorten(code) + "'.");
    }

    public static NotFound indicator(String id) {
        return new NotFound("unknown-indicator", "There is no indicator '" + Text.shorten(id) + "'.");
    }
}
