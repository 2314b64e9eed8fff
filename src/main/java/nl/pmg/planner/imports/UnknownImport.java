package nl.pmg.planner.imports;

import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** No import run has this id. */
class UnknownImport extends ApiProblem {

    private final long id;

    UnknownImport(long id) {
        super(HttpStatus.NOT_FOUND, "unknown-import", "There is no import run " + id + ".");
        this.id = id;
    }

    @Override
    public java.util.Map<String, Object> extensions() {
        return java.util.Map.of("id", id);
    }
}
