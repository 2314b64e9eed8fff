package nl.pmg.planner.uncertainty;

import java.util.List;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import nl.pmg.planner.selection.SelectionProblem;

/** The selection feature's problem as a {@link Selector}: score the request's gemeenten, re-solve its problem. */
final class SelectionModel implements Selector {

    private final SelectionProblem problem;
    private final ScoringEngine engine = new ScoringEngine();

    SelectionModel(SelectionProblem problem) {
        this.problem = problem;
    }

    @Override
    public List<String> pool() {
        return problem.pool();
    }

    @Override
    public String name(int poolIndex) {
        return problem.name(poolIndex);
    }

    @Override
    public boolean[] base() {
        return problem.base();
    }

    @Override
    public boolean[] select(Framework framework, ScoringOptions options) {
        ScoringResult r = engine.score(framework, problem.input(), options);
        double[] scores = new double[r.areas().size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = r.areas().get(i).score();
        }
        return problem.solve(scores);
    }
}
