package nl.pmg.planner.programme;

import java.util.Map;
import nl.pmg.planner.shared.ApiProblem;
import org.springframework.http.HttpStatus;

/** A new membership would overlap another membership of the same gemeente. */
class MembershipOverlaps extends ApiProblem {

    private final String gemeente;
    private final String name;
    private final String otherStart;

    MembershipOverlaps(String gemeente, String name, String otherStart) {
        super(HttpStatus.CONFLICT, "membership-overlaps", name + " (" + gemeente + ") already has a membership from "
                + otherStart + " that overlaps this one; end that one first.");
        this.gemeente = gemeente;
        this.name = name;
        this.otherStart = otherStart;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("gemeente", gemeente, "name", name, "otherStart", otherStart);
    }
}
