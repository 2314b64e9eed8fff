package nl.pmg.planner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /api/scenarios/{a}/compare/{b}}: which added municipalities b adds that a does not
 * ({@code added}), which a adds that b drops ({@code removed}), which both add ({@code kept}), and for every
 * municipality either adds its national gemeente rank by score and its pathway in each scenario.
 */
record ScenarioComparison(Side a, Side b, List<ScenarioDocument.Named> added, List<ScenarioDocument.Named> removed,
        List<ScenarioDocument.Named> kept, List<RankShift> rankShifts) {

    record Side(String id, String name) {
    }

    /**
     * @param rankA    national rank in scenario a (1 = highest risk; 0 = not scored there)
     * @param shift    {@code rankA - rankB}: positive when the area ranks as riskier in b; null when either rank is 0
     * @param pathwayA the pathway the area came in by in a ({@code severity}, {@code prevention}); null when a
     *                 does not add it
     */
    record RankShift(String code, String name, int rankA, int rankB, Integer shift, String pathwayA, String pathwayB) {
    }

    /** Compares two scenarios given their added codes (in result order) and their rank per code. */
    static ScenarioComparison of(Side a, Map<String, String> pathwaysA, Map<String, Integer> ranksA, Side b,
            Map<String, String> pathwaysB, Map<String, Integer> ranksB, Function<String, String> nameOf) {
        Set<String> inA = new LinkedHashSet<>(pathwaysA.keySet());
        Set<String> inB = new LinkedHashSet<>(pathwaysB.keySet());
        List<ScenarioDocument.Named> added = named(inB.stream().filter(c -> !inA.contains(c)).toList(), nameOf);
        List<ScenarioDocument.Named> removed = named(inA.stream().filter(c -> !inB.contains(c)).toList(), nameOf);
        List<ScenarioDocument.Named> kept = named(inA.stream().filter(inB::contains).toList(), nameOf);
        Set<String> either = new LinkedHashSet<>(inA);
        either.addAll(inB);
        List<RankShift> shifts = new ArrayList<>();
        for (String code : either) {
            int ra = ranksA.getOrDefault(code, 0);
            int rb = ranksB.getOrDefault(code, 0);
            shifts.add(new RankShift(code, nameOf.apply(code), ra, rb, ra == 0 || rb == 0 ? null : ra - rb,
                    pathwaysA.get(code), pathwaysB.get(code)));
        }
        // unscored areas last, then by rank in b
        shifts.sort(Comparator.comparingInt((RankShift s) -> s.rankB() == 0 ? Integer.MAX_VALUE : s.rankB())
                .thenComparing(RankShift::code));
        return new ScenarioComparison(a, b, added, removed, kept, shifts);
    }

    static List<ScenarioDocument.Named> named(List<String> codes, Function<String, String> nameOf) {
        return codes.stream().map(c -> new ScenarioDocument.Named(c, nameOf.apply(c))).toList();
    }
}
