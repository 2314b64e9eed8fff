package nl.pmg.planner.monitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One comparison run for a start year and an indicator: the target's k nearest non-programme
 * municipalities, the change figures, and the placebo differences obtained by treating every
 * non-programme municipality as if it had started in the same year and matching it the same way.
 */
final class Comparison {

    /** The outcome for one target. */
    record Result(List<Matching.Match> group, List<ChangeFigures.Year> years, int placeboCount) {
    }

    private final int startYear;
    private final Map<String, double[]> features;
    private final Map<String, Map<Integer, Double>> indices = new LinkedHashMap<>();
    private final Set<String> programme;
    private final int k;
    private List<Map<Integer, Double>> placebo;

    /**
     * @param features  code → matching variables (areas lacking one are left out by the caller)
     * @param values    code → year → indicator value
     * @param programme every programme municipality: never a comparison, never a placebo
     */
    Comparison(int startYear, Map<String, double[]> features, Map<String, Map<Integer, Double>> values,
            Set<String> programme, int k) {
        this.startYear = startYear;
        this.programme = Set.copyOf(programme);
        this.k = k;
        Map<String, double[]> usable = new LinkedHashMap<>();
        features.forEach((code, f) -> {
            Map<Integer, Double> index = ChangeFigures.index(values.getOrDefault(code, Map.of()), startYear);
            if (!index.isEmpty()) {
                usable.put(code, f);
                indices.put(code, index);
            }
        });
        this.features = usable;
    }

    /** Null when the target itself has no start-year value or lacks a matching variable. */
    Result run(String target, double share) {
        if (!features.containsKey(target)) {
            return null;
        }
        List<Matching.Match> group = Matching.nearest(target, features, programme, k);
        Map<Integer, Double> groupIndex = groupIndex(group);
        List<Map<Integer, Double>> placebos = placeboDifferences();
        return new Result(group, ChangeFigures.years(indices.get(target), groupIndex, placebos, share),
                placebos.size());
    }

    /** Each non-programme municipality's difference from its own comparison group, computed once. */
    synchronized List<Map<Integer, Double>> placeboDifferences() {
        if (placebo == null) {
            placebo = new ArrayList<>();
            for (String pseudo : features.keySet()) {
                if (programme.contains(pseudo)) {
                    continue;
                }
                Set<String> excluded = new HashSet<>(programme);
                excluded.add(pseudo);
                List<Matching.Match> group = Matching.nearest(pseudo, features, excluded, k);
                placebo.add(ChangeFigures.difference(indices.get(pseudo), groupIndex(group)));
            }
        }
        return placebo;
    }

    Map<Integer, Double> index(String code) {
        return indices.getOrDefault(code, Map.of());
    }

    Map<Integer, Double> groupIndex(List<Matching.Match> group) {
        return ChangeFigures.groupIndex(group.stream().map(m -> indices.get(m.code())).toList());
    }

    int startYear() {
        return startYear;
    }
}
