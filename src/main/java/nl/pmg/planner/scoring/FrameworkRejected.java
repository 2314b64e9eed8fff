package nl.pmg.planner.scoring;

import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** A framework or scoring request that is well-formed JSON but cannot be used (422). */
class FrameworkRejected extends ApiProblem {

    FrameworkRejected(String detail) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-framework", detail);
    }
}
