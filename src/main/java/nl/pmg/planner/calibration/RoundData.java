package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;
import nl.pmg.planner.selection.SelectionProblem;
import nl.pmg.planner.selection.SelectionProblems;
import nl.pmg.planner.selection.SelectionRequest;
import org.springframework.stereotype.Component;

/**
 * Turns a round into the decision to explain: the candidates are the gemeenten the selection could have
 * added (not locked in, with a score on the data as of the round's date), the features their domain scores
 * (or normalised indicator values) under the base framework and default options, divided by 100 so they run
 * from 0 to 1 with higher meaning riskier. A candidate without a value for a feature gets 0.5, the middle of
 * the scale, and the warnings count them.
 */
@Component
class RoundData {

    /** A round ready to calibrate on, with the selection problem that can replay it under other weights. */
    record Prepared(Round round, ChoiceSet choice, List<String> features, SelectionProblem problem,
            List<String> chosenOutsidePool, List<String> warnings) {
    }

    private final SelectionProblems problems;
    private final Rounds rounds;
    private final ScoringEngine engine = new ScoringEngine();

    RoundData(SelectionProblems problems, Rounds rounds) {
        this.problems = problems;
        this.rounds = rounds;
    }

    Prepared prepare(Round round, Framework base, Granularity granularity) {
        List<String> chosen = rounds.chosen(round);
        SelectionProblem problem = problems.prepare(
                SelectionRequest.byScore(rounds.locked(round), chosen.size(), base, round.asOf()));
        Framework featureFramework = granularity.featureFramework(base);
        ScoringResult scored = engine.score(featureFramework, problem.input(), ScoringOptions.defaults());
        List<String> features = featureIds(featureFramework, scored);
        Map<String, Integer> row = new java.util.HashMap<>();
        for (int i = 0; i < problem.input().codes().size(); i++) {
            row.put(problem.input().codes().get(i), i);
        }
        List<String> pool = problem.pool();
        double[][] x = new double[pool.size()][features.size()];
        boolean[] isChosen = new boolean[pool.size()];
        int filled = 0;
        for (int c = 0; c < pool.size(); c++) {
            AreaScore s = scored.areas().get(row.get(pool.get(c)));
            for (int f = 0; f < features.size(); f++) {
                Double v = s.domainScores().get(features.get(f));
                x[c][f] = v == null ? 0.5 : v / 100;
                filled += v == null ? 1 : 0;
            }
            isChosen[c] = chosen.contains(pool.get(c));
        }
        Set<String> outside = new LinkedHashSet<>(chosen);
        outside.removeAll(pool);
        List<String> warnings = new ArrayList<>();
        if (filled > 0) {
            warnings.add(round.id() + ": " + filled + " candidate values missing, set to the middle of the scale (0.5)");
        }
        if (!outside.isEmpty()) {
            warnings.add(round.id() + ": chosen but not a candidate (no score on the data as of " + round.asOf() + "): "
                    + String.join(", ", outside));
        }
        scored.indicatorsDropped().forEach(id -> warnings.add(round.id() + ": indicator " + id
                + " is not in the data as of " + round.asOf() + " and is left out"));
        return new Prepared(round, new ChoiceSet(pool, x, isChosen), features, problem, List.copyOf(outside), warnings);
    }

    /** The feature framework's domains that scored at least one area, in framework order. */
    private static List<String> featureIds(Framework featureFramework, ScoringResult scored) {
        Set<String> present = new LinkedHashSet<>();
        scored.areas().forEach(a -> present.addAll(a.domainScores().keySet()));
        return featureFramework.domains().stream().map(d -> d.id()).filter(present::contains).toList();
    }
}
