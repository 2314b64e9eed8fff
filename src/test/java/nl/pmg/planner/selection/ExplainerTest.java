package nl.pmg.planner.selection;

import static nl.pmg.planner.selection.Instances.budget;
import static nl.pmg.planner.selection.Instances.cand;
import static nl.pmg.planner.selection.Instances.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.scoring.AreaScore;
import org.junit.jupiter.api.Test;

/** Replacement costs and "why not chosen", checked against hand-solved re-optimisations. */
class ExplainerTest {

    private final Solver solver = new Solver(5);
    private final List<Candidate> all = List.of(cand("A", 90, "U1", 60), cand("B", 80, "U1", 50),
            cand("C", 75, "U1", 50), cand("D", 10, "U1", 40));

    private static Map<String, AreaScore> scores(List<Candidate> all) {
        Map<String, AreaScore> m = new HashMap<>();
        int rank = 1;
        for (Candidate c : all) {
            m.put(c.code(), new AreaScore(c.code(), c.score(), rank++, 50, Map.of("d", c.score()),
                    Map.of("x", c.score()), List.of(), Set.of(), Map.of()));
        }
        return m;
    }

    private Explainer explainer(Problem p) {
        long[] needs = Selections.needs(p);
        return new Explainer(p, needs, Selections.solveOrThrow(p, needs, solver), solver);
    }

    @Test
    void replacementCostIsTheDropWhenTheAreaIsExcluded() {
        // Optimum B + C = 155. Without B: A + D (100) or C + D (85) → A + D = 100, a drop of 55.
        // Without C: A + D = 100 as well, a drop of 55.
        List<Selection.Selected> s = explainer(problem(all, Set.of(), 2, budget(100)))
                .selected(scores(all), Map.of("x", "d"), new PathwayExplanations(scores(all), Map.of(),
                        null));
        assertThat(s).extracting(Selection.Selected::code).containsExactly("B", "C");
        assertThat(s).extracting(Selection.Selected::replacementCost).containsExactly(55.0, 55.0);
        assertThat(s.get(0).contributions()).containsEntry("d", 80.0);
    }

    @Test
    void bestAreaNotSelectedIsKeptOutByTheBudget() {
        List<Selection.RunnerUp> r = explainer(problem(all, Set.of(), 2, budget(100))).runnersUp(scores(all), 1);
        assertThat(r).hasSize(1);
        assertThat(r.get(0).code()).isEqualTo("A");
        assertThat(r.get(0).keptOutBy()).containsExactly("budgetEur");
        // Forced in, A pairs only with D: 100, a loss of 55.
        assertThat(r.get(0).objectiveLoss()).isEqualTo(55.0);
    }

    @Test
    void withoutConstraintsTheRunnerUpIsKeptOutByTheObjective() {
        List<Selection.RunnerUp> r = explainer(problem(all, Set.of(), 2, Constraints.none())).runnersUp(scores(all), 1);
        assertThat(r.get(0).code()).isEqualTo("C");
        assertThat(r.get(0).keptOutBy()).containsExactly("objective");
        assertThat(r.get(0).objectiveLoss()).isEqualTo(5.0);
    }

    @Test
    void filteredAreaNamesItsFilter() {
        Constraints c = new Constraints(null, List.of("A"), null, null, null, null, null, null, null, null, null,
                null, null);
        List<Selection.RunnerUp> r = explainer(problem(all, Set.of(), 2, c)).runnersUp(scores(all), 1);
        assertThat(r.get(0).code()).isEqualTo("A");
        assertThat(r.get(0).keptOutBy()).containsExactly("exclude");
        assertThat(r.get(0).reasons()).containsExactly("not a candidate: it is in exclude");
    }
}
