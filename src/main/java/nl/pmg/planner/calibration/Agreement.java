package nl.pmg.planner.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.pmg.planner.scoring.AreaScore;
import nl.pmg.planner.scoring.Framework;
import nl.pmg.planner.scoring.ScoringEngine;
import nl.pmg.planner.scoring.ScoringOptions;
import nl.pmg.planner.scoring.ScoringResult;

/**
 * How a framework replays a round: the selection it makes (the same problem, its own scores), how many of
 * the areas actually chosen it picks, and where it ranks each of them among the candidates (1 = highest
 * score) and nationally.
 */
final class Agreement {

    /** An area actually chosen, with its ranks under the framework. */
    record RankedArea(String code, String name, int candidateRank, int nationalRank) {
    }

    /**
     * @param picked   how many of the {@code chosen} the framework's selection also adds
     * @param selected what the framework's selection adds, in pool order
     * @param ranks    every area actually chosen, best rank first
     */
    record Pick(String frameworkId, String frameworkVersion, int picked, int chosen, List<String> selected,
            List<RankedArea> ranks) {
    }

    private static final ScoringEngine ENGINE = new ScoringEngine();

    private Agreement() {
    }

    static Pick of(Framework framework, RoundData.Prepared round) {
        ScoringResult result = ENGINE.score(framework, round.problem().input(), ScoringOptions.defaults());
        double[] scores = result.areas().stream().mapToDouble(AreaScore::score).toArray();
        boolean[] mask = round.problem().solve(scores);
        List<String> pool = round.problem().pool();
        List<String> selected = new ArrayList<>();
        int picked = 0;
        for (int i = 0; i < pool.size(); i++) {
            if (mask != null && mask[i]) {
                selected.add(pool.get(i));
                picked += round.choice().chosen()[i] ? 1 : 0;
            }
        }
        List<String> codes = round.problem().input().codes();
        double[] candidateScores = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            candidateScores[i] = scores[codes.indexOf(pool.get(i))];
        }
        List<RankedArea> ranks = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (round.choice().chosen()[i]) {
                AreaScore s = result.areas().get(codes.indexOf(pool.get(i)));
                ranks.add(new RankedArea(pool.get(i), round.problem().name(i), rankAmong(candidateScores, i), s.rank()));
            }
        }
        for (String code : round.chosenOutsidePool()) {
            ranks.add(new RankedArea(code, code, 0, 0));
        }
        ranks.sort(Comparator.comparingInt((RankedArea r) -> r.candidateRank() == 0 ? Integer.MAX_VALUE : r.candidateRank()));
        return new Pick(framework.id(), framework.version(), picked, round.choice().chosenCount()
                + round.chosenOutsidePool().size(), selected, ranks);
    }

    /** Competition rank of candidate i by score, 1 = highest; 0 when it has none. */
    static int rankAmong(double[] scores, int i) {
        if (Double.isNaN(scores[i])) {
            return 0;
        }
        int higher = 0;
        for (double s : scores) {
            higher += s > scores[i] ? 1 : 0;
        }
        return higher + 1;
    }
}
