package nl.pmg.planner.selection;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** No selection satisfies all constraints of the request; the problem lists each conflict. */
class SelectionInfeasible extends ApiProblem {

    private final List<Conflict> conflicts;

    SelectionInfeasible(List<Conflict> conflicts) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "selection-infeasible", "No selection satisfies all constraints: "
                + conflicts.stream().map(Conflict::detail).collect(Collectors.joining("; ")) + ".");
        this.conflicts = List.copyOf(conflicts);
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("conflicts", conflicts.stream().map(c -> Map.<String, Object>of("code", c.code(),
                "params", c.params(), "constraints", c.constraints(), "detail", c.detail())).toList());
    }
}
