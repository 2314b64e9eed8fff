package nl.pmg.planner.selection;

import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** CP-SAT hit its time limit before finding any selection; rare for problems of this size. */
class SolverTimedOut extends ApiProblem {

    SolverTimedOut() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "solver-timeout",
                "The solver found no selection within its time limit (planner.selection.solver-time-limit-seconds).");
    }
}
