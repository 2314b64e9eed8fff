package nl.pmg.planner.selection;

import static nl.pmg.planner.selection.Instances.cand;
import static nl.pmg.planner.selection.Instances.problem;
import static nl.pmg.planner.selection.Instances.withPrevention;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Places reserved per pathway: the joint optimum over both pathways, solved exactly. */
class PathwaysTest {

    private final Solver solver = new Solver(5);

    /**
     * Severity (index score) and prevention score per area:
     * A 90 / 90, B 50 / 80, C 10 / 10, D 40 / 40. Two severity places and one prevention place.
     */
    private static final List<Candidate> ABCD = List.of(
            withPrevention(cand("A", 90, "U1", 1), 90), withPrevention(cand("B", 50, "U1", 1), 80),
            withPrevention(cand("C", 10, "U1", 1), 10), withPrevention(cand("D", 40, "U1", 1), 40));

    private static Constraints pathways(int severity, int prevention) {
        return new Constraints(null, null, null, null, null, null, null, null, null, null, null, null, null,
                new Constraints.Pathways(severity, prevention));
    }

    private Solver.Solution solve(Problem p) {
        return Selections.solveOrThrow(p, Selections.needs(p), solver);
    }

    private static Map<String, Pathway> ways(Solver.Solution s) {
        return s.chosen().stream().collect(Collectors.toMap(Candidate::code, c -> s.pathway(c.code())));
    }

    @Test
    void jointOptimumBeatsFillingThePathwaysOneAfterTheOther() {
        // Severity first: A + B (90 + 50), then prevention from C, D: D 40 → 180.
        // Prevention first: A (90), then severity from B, C, D: B + D (50 + 40) → 180.
        // Joint: severity A + D (90 + 40), prevention B (80) → 210.
        Problem p = problem(ABCD, Set.of(), 3, pathways(2, 1));
        Solver.Solution joint = solve(p);
        assertThat(p.objective().unscale(joint.objective())).isEqualTo(210.0);
        assertThat(ways(joint)).containsExactlyInAnyOrderEntriesOf(Map.of("A", Pathway.SEVERITY, "D", Pathway.SEVERITY,
                "B", Pathway.PREVENTION));
        assertThat(sequential(Pathway.SEVERITY)).isEqualTo(180.0);
        assertThat(sequential(Pathway.PREVENTION)).isEqualTo(180.0);
    }

    /** Fills one pathway with the solver, then the other among the rest: the procedure the joint model replaces. */
    private double sequential(Pathway first) {
        Pathway second = first == Pathway.SEVERITY ? Pathway.PREVENTION : Pathway.SEVERITY;
        int firstPlaces = first == Pathway.SEVERITY ? 2 : 1;
        List<Candidate> one = ABCD.stream().map(c -> as(c, first)).toList();
        Solver.Solution a = solve(problem(one, Set.of(), firstPlaces, Constraints.none()));
        Set<String> taken = a.chosen().stream().map(Candidate::code).collect(Collectors.toSet());
        List<Candidate> rest = ABCD.stream().filter(c -> !taken.contains(c.code())).map(c -> as(c, second)).toList();
        Solver.Solution b = solve(problem(rest, Set.of(), 3 - firstPlaces, Constraints.none()));
        return (a.objective() + b.objective()) / 1000.0;
    }

    /** The candidate scored on one pathway only, for a plain one-pathway selection. */
    private static Candidate as(Candidate c, Pathway way) {
        return way == Pathway.SEVERITY ? c : c.withScore(c.preventionScore());
    }

    @Test
    void aReservedPlaceHoldsEvenWhenEveryAreaScoresHigherOnSeverity() {
        // A 90 / 10, B 80 / 20, C 70 / 30, D 60 / 40; three places, at least one for prevention.
        // A + B on severity and D on prevention: 90 + 80 + 40 = 210; the best alternative (C instead of D) 200.
        List<Candidate> all = List.of(withPrevention(cand("A", 90, "U1", 1), 10),
                withPrevention(cand("B", 80, "U1", 1), 20), withPrevention(cand("C", 70, "U1", 1), 30),
                withPrevention(cand("D", 60, "U1", 1), 40));
        Problem p = problem(all, Set.of(), 3, pathways(0, 1));
        Solver.Solution s = solve(p);
        assertThat(p.objective().unscale(s.objective())).isEqualTo(210.0);
        assertThat(ways(s)).containsExactlyInAnyOrderEntriesOf(Map.of("A", Pathway.SEVERITY, "B", Pathway.SEVERITY,
                "D", Pathway.PREVENTION));
    }

    @Test
    void anAreaWithoutAPreventionScoreComesInBySeverityOnly() {
        List<Candidate> all = List.of(cand("A", 90, "U1", 1), withPrevention(cand("B", 10, "U1", 1), 20));
        Map<String, Pathway> w = ways(solve(problem(all, Set.of(), 2, pathways(0, 1))));
        assertThat(w).containsEntry("A", Pathway.SEVERITY).containsEntry("B", Pathway.PREVENTION);
    }

    @Test
    void reservationsAboveAddAreAConflict() {
        Problem p = problem(ABCD, Set.of(), 2, pathways(2, 1));
        assertThat(PreChecks.find(p)).extracting(Conflict::code).containsExactly("pathways-exceed-add");
    }
}
