package nl.pmg.planner.selection;

import static nl.pmg.planner.selection.Instances.budget;
import static nl.pmg.planner.selection.Instances.cand;
import static nl.pmg.planner.selection.Instances.perPoliceUnit;
import static nl.pmg.planner.selection.Instances.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Instances where taking the top N by score is wrong, and the exact optimum is known by hand. */
class SolverTest {

    private final Solver solver = new Solver(5);

    private static List<String> codes(Solver.Solution s) {
        return s.chosen().stream().map(Candidate::code).sorted().toList();
    }

    private Solver.Solution solve(Problem p) {
        return Selections.solveOrThrow(p, Selections.needs(p), solver);
    }

    @Test
    void budgetMakesTheTwoCheaperAreasBeatTheBestOne() {
        // Greedy by score takes A (60) and then only D fits: 90 + 10 = 100. B + C cost 100 and give 155.
        List<Candidate> all = List.of(cand("A", 90, "U1", 60), cand("B", 80, "U1", 50), cand("C", 75, "U1", 50),
                cand("D", 10, "U1", 40));
        Solver.Solution s = solve(problem(all, Set.of(), 2, budget(100)));
        assertThat(s.status()).isEqualTo(Solver.Status.OPTIMAL);
        assertThat(codes(s)).containsExactly("B", "C");
        assertThat(Objective.SCORE.unscale(s.objective())).isEqualTo(155.0);
    }

    @Test
    void policeUnitMinimumPullsInAWeakAreaFromAnEmptyUnit() {
        List<Candidate> all = List.of(cand("A", 90, "U1", 1), cand("B", 85, "U1", 1), cand("C", 80, "U1", 1),
                cand("D", 20, "U2", 1), cand("E", 10, "U2", 1));
        Solver.Solution s = solve(problem(all, Set.of(), 3, perPoliceUnit(1, null)));
        assertThat(codes(s)).containsExactly("A", "B", "D");
    }

    @Test
    void lockedInMembersCountTowardsTheCapOfTheirUnit() {
        // L already fills U1's cap of 1, so the top-scoring A and B cannot join.
        List<Candidate> all = List.of(cand("L", 50, "U1", 1), cand("A", 90, "U1", 1), cand("B", 85, "U1", 1),
                cand("C", 30, "U2", 1), cand("D", 20, "U3", 1));
        Solver.Solution s = solve(problem(all, Set.of("L"), 2, perPoliceUnit(null, 1)));
        assertThat(codes(s)).containsExactly("C", "D");
    }

    @Test
    void capsCanIgnoreLockedInWhenAsked() {
        List<Candidate> all = List.of(cand("L", 50, "U1", 1), cand("A", 90, "U1", 1), cand("B", 85, "U1", 1),
                cand("C", 30, "U2", 1));
        Constraints c = new Constraints(null, null, null, null, null, new Constraints.Bounds(null, 1), null, false,
                null, null, null, null, null);
        assertThat(codes(solve(problem(all, Set.of("L"), 2, c)))).containsExactly("A", "C");
    }

    @Test
    void smallMunicipalityMinimumSwapsTheWeakestUrbanAreaForTheBestSmallOne() {
        List<Candidate> all = List.of(cand("A", 90, "U1", 1), cand("B", 85, "U1", 1), cand("C", 80, "U1", 1),
                Instances.withUrbanity(cand("S", 40, "U1", 1), 4), Instances.withUrbanity(cand("T", 30, "U1", 1), 5));
        Constraints c = new Constraints(null, null, null, null, null, null, null, null, null, null,
                new Constraints.SmallMunicipalities(1, null), null, null);
        assertThat(codes(solve(problem(all, Set.of(), 3, c)))).containsExactly("A", "B", "S");
    }

    @Test
    void scoreTimesYoungPeoplePrefersTheLargerPopulation() {
        Candidate small = cand("A", 90, "U1", 1);
        Candidate big = new Candidate("B", "B", "P1", "U1", "R1", 60, 1000, 50_000, 1, 1, 0, 1);
        Problem p = ProblemBuilder.build(List.of(small, big), Set.of(), 1, Objective.SCORE_X_YOUNG_PEOPLE,
                Constraints.none());
        assertThat(codes(solve(p))).containsExactly("B");
        assertThat(Objective.SCORE_X_YOUNG_PEOPLE.unscale(solve(p).objective())).isEqualTo(60_000.0);
    }

    @Test
    void mustIncludeAndFiltersShapeThePool() {
        List<Candidate> all = List.of(cand("A", 90, "U1", 1), cand("B", 85, "U1", 1), cand("C", 10, "U1", 1),
                new Candidate("Z", "Z", "P1", "U1", "R1", 95, 100, 900, 1, 1, 0, 1));
        Constraints c = new Constraints(List.of("C"), List.of("B"), null, null, null, null, null, null, 1000.0,
                null, null, null, null);
        Problem p = problem(all, Set.of(), 2, c);
        assertThat(p.filteredOut()).containsOnlyKeys("B", "Z");
        assertThat(codes(solve(p))).containsExactly("A", "C");
    }
}
