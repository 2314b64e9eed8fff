package nl.pmg.planner.selection;

import static nl.pmg.planner.selection.Instances.budget;
import static nl.pmg.planner.selection.Instances.cand;
import static nl.pmg.planner.selection.Instances.perPoliceUnit;
import static nl.pmg.planner.selection.Instances.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Requests that no selection can satisfy are answered with the arithmetic that shows why. */
class InfeasibilityTest {

    private final Solver solver = new Solver(5);

    private List<Conflict> conflicts(Problem p) {
        SelectionInfeasible e = catchThrowableOfType(SelectionInfeasible.class,
                () -> Selections.solveOrThrow(p, Selections.needs(p), solver));
        assertThat(e).as("expected the request to be infeasible").isNotNull();
        return e.conflicts();
    }

    private static List<Candidate> tenUnitsOfThree() {
        List<Candidate> all = new ArrayList<>();
        for (int u = 1; u <= 10; u++) {
            for (int i = 0; i < 3; i++) {
                all.add(cand("U" + u + "C" + i, 50 + u + i, "RE" + u, 100));
            }
        }
        return all;
    }

    @Test
    void capTimesUnitsBelowRequested() {
        List<Conflict> c = conflicts(problem(tenUnitsOfThree(), Set.of(), 25, perPoliceUnit(null, 2)));
        assertThat(c).extracting(Conflict::detail)
                .containsExactly("at most 2 per police unit × 10 police units = 20 < 25 requested");
        assertThat(c.get(0).constraints()).containsExactly("perPoliceUnit", "add");
    }

    @Test
    void lockedInAlreadyOverACap() {
        List<Candidate> all = tenUnitsOfThree();
        List<Conflict> c = conflicts(problem(all, Set.of("U1C0", "U1C1", "U1C2"), 1, perPoliceUnit(null, 2)));
        assertThat(c).extracting(Conflict::detail)
                .contains("RE1 already has 3 programme members, more than the maximum of 2 that counts the whole programme");
        assertThat(c.get(0).code()).isEqualTo("region-locked-over-max");
        assertThat(c.get(0).params()).containsEntry("region", "RE1").containsEntry("locked", 3L).containsEntry("max", 2);
    }

    @Test
    void budgetBelowTheCheapestN() {
        List<Conflict> c = conflicts(problem(tenUnitsOfThree(), Set.of(), 3, budget(299)));
        assertThat(c).extracting(Conflict::detail)
                .containsExactly("budget €299 < €300, the cost of the cheapest 3 eligible candidates");
    }

    @Test
    void mustIncludeThatIsAlsoExcluded() {
        Constraints both = new Constraints(List.of("U1C0"), List.of("U1C0"), null, null, null, null, null, null,
                null, null, null, null, null);
        assertThat(conflicts(problem(tenUnitsOfThree(), Set.of(), 2, both))).extracting(Conflict::detail)
                .contains("U1C0 is both in mustInclude and in exclude");
    }

    @Test
    void tooFewCandidatesAfterFilters() {
        Constraints filter = new Constraints(null, null, null, null, null, null, null, null, 20_000.0, null, null,
                null, null);
        assertThat(conflicts(problem(tenUnitsOfThree(), Set.of(), 2, filter))).extracting(Conflict::detail)
                .containsExactly("only 0 candidates remain after the locked-in members and the filters, "
                        + "fewer than the 2 requested");
    }

    @Test
    void minimumPerUnitNeedsMoreAdditionsThanRequested() {
        assertThat(conflicts(problem(tenUnitsOfThree(), Set.of("U1C0"), 5, perPoliceUnit(1, null))))
                .extracting(Conflict::detail).containsExactly("at least 1 per police unit × 10 police units needs 9 "
                        + "additions (1 already covered by locked-in members), more than the 5 requested");
    }

    @Test
    void solverFindsTheConflictThePreChecksCannotSee() {
        // Each rule alone is satisfiable; the small municipalities are too expensive for the budget.
        List<Candidate> all = List.of(cand("A", 90, "U1", 10), cand("B", 80, "U1", 10),
                Instances.withUrbanity(cand("S", 40, "U1", 100), 4), Instances.withUrbanity(cand("T", 30, "U1", 100), 5));
        Constraints c = new Constraints(null, null, 110.0, null, null, null, null, null, null, null,
                new Constraints.SmallMunicipalities(2, null), null, null);
        List<Conflict> conflicts = conflicts(problem(all, Set.of(), 2, c));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).constraints()).containsExactly("budgetEur", "smallMunicipalities", "add");
        assertThat(conflicts.get(0).detail()).startsWith("the solver proves that no 2 additions satisfy budget, "
                + "minimum number of smaller municipalities together");
    }
}
