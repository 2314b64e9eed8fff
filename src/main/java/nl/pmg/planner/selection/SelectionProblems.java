package nl.pmg.planner.selection;

import org.springframework.stereotype.Component;

/** Turns a selection request into a {@link SelectionProblem} for the analyses that re-solve it many times. */
@Component
public class SelectionProblems {

    private final Selections selections;
    private final GemeenteInput gemeenteInput;

    SelectionProblems(Selections selections, GemeenteInput gemeenteInput) {
        this.selections = selections;
        this.gemeenteInput = gemeenteInput;
    }

    /**
     * Validates the request and solves it once, so that a bad or infeasible request fails here, at once.
     *
     * @throws nl.pmg.planner.shared.ApiProblem (400, 422) as {@code POST /api/selections} would
     */
    public SelectionProblem prepare(SelectionRequest request) {
        Selections.Prepared pr = selections.prepare(request);
        return new SelectionProblem(pr, gemeenteInput.build(pr.framework(), pr.vintage().values()), selections.solver());
    }
}
