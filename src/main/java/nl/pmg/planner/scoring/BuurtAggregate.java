package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gemeente scores as the population-weighted mean of their buurt scores. Domain scores and
 * contributions are averaged with the same weights, so the contributions still add up to the score.
 */
final class BuurtAggregate {

    private BuurtAggregate() {
    }

    static ScoringResult toParents(ScoringInput buurten, ScoringResult buurtScores, List<String> parentOfBuurt,
            List<String> parentCodes, String parentLevel) {
        double[] population = buurten.population();
        int n = parentCodes.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(parentCodes.get(i), i);
        }
        double[] weight = new double[n];
        double[] score = new double[n];
        List<Map<String, Double>> domains = new ArrayList<>();
        List<Map<String, Double>> contributions = new ArrayList<>();
        List<Set<QualityFlag>> flags = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            domains.add(new LinkedHashMap<>());
            contributions.add(new LinkedHashMap<>());
            flags.add(EnumSet.noneOf(QualityFlag.class));
        }
        for (int b = 0; b < population.length; b++) {
            AreaScore s = buurtScores.areas().get(b);
            Integer p = index.get(parentOfBuurt.get(b));
            if (p == null || Double.isNaN(s.score()) || !(population[b] > 0)) {
                continue;
            }
            double w = population[b];
            weight[p] += w;
            score[p] += w * s.score();
            s.domainScores().forEach((k, v) -> domains.get(p).merge(k, w * v, Double::sum));
            s.contributions().forEach((k, v) -> contributions.get(p).merge(k, w * v, Double::sum));
            flags.get(p).addAll(s.qualityFlags());
        }
        for (int i = 0; i < n; i++) {
            double w = weight[i];
            score[i] = w > 0 ? score[i] / w : Double.NaN;
            domains.get(i).replaceAll((k, v) -> v / w);
            contributions.get(i).replaceAll((k, v) -> v / w);
        }
        double[] percentiles = Ranking.percentileRanks(score);
        int[] ranks = Ranking.descendingRanks(score);
        List<AreaScore> areas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<QualityFlag> f = flags.get(i);
            if (Double.isNaN(score[i])) {
                f.add(QualityFlag.NO_DATA);
            }
            areas.add(new AreaScore(parentCodes.get(i), score[i], ranks[i], percentiles[i], domains.get(i),
                    contributions.get(i), List.of(), f, Map.of()));
        }
        List<String> warnings = new ArrayList<>(buurtScores.warnings());
        warnings.add(parentLevel + " scores are population-weighted means of buurt scores; p90 flags are per buurt");
        return new ScoringResult(parentLevel, areas, warnings, buurtScores.indicatorsUsed(),
                buurtScores.indicatorsDropped(), buurtScores.frameworkId(), buurtScores.frameworkVersion(),
                buurtScores.options());
    }
}
