package nl.pmg.planner.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The matrix of areas × indicators for one level. Every array is aligned with {@code codes}.
 *
 * <p>Only {@code eligible} areas are ranked: the engine ignores every value of an ineligible area, counts
 * coverage over the eligible areas only and flags the others {@link QualityFlag#NOT_ELIGIBLE}. Empirical-Bayes
 * smoothing shrinks each rate towards the rate of the area's own {@code group} (for wijken and buurten, their
 * gemeente), so a small buurt in a high-crime city is not pulled towards the national rate.
 *
 * @param level               label of the level, e.g. {@code gemeente}, {@code wijk}, {@code buurt}
 * @param codes               CBS area codes, unique
 * @param columns             indicator id → column; an indicator that does not exist at this level is
 *                            simply absent
 * @param population          inhabitants per area (count), used for parent aggregation; may be {@code null}
 * @param youngPeople         inhabitants aged 15–25 per area (a count, not a share), used for the
 *                            concentration measures; may be {@code null}
 * @param approximateBoundary {@code true} where the caller knows the boundary is approximate; may be {@code null}
 * @param nationalValues      indicator id → national reference value in the indicator's unit, needed only
 *                            for {@link Normalisation#DISTANCE_TO_NATIONAL}; may be {@code null}
 * @param eligible            {@code true} for areas that may be ranked (the caller's threshold, e.g. at least
 *                            500 residents and 200 households); {@code null} means every area
 * @param groups              smoothing group per area (e.g. the gemeente code); {@code null} means one group
 * @throws IllegalArgumentException on duplicate codes, misaligned arrays, or a column filed under another id
 */
public record ScoringInput(String level, List<String> codes, Map<String, IndicatorColumn> columns,
                           double[] population, double[] youngPeople, boolean[] approximateBoundary,
                           Map<String, Double> nationalValues, boolean[] eligible, List<String> groups) {

    public ScoringInput {
        if (level == null || codes == null || columns == null) {
            throw new IllegalArgumentException("level, codes and columns must not be null");
        }
        codes = List.copyOf(codes);
        columns = Map.copyOf(columns);
        nationalValues = nationalValues == null ? Map.of() : Map.copyOf(nationalValues);
        int n = codes.size();
        if (new HashSet<>(codes).size() != n) {
            throw new IllegalArgumentException(level + ": area codes must be unique");
        }
        columns.forEach((id, column) -> {
            if (!id.equals(column.indicatorId())) {
                throw new IllegalArgumentException("column " + column.indicatorId() + " is filed under " + id);
            }
            if (column.values().length != n) {
                throw new IllegalArgumentException(id + " has " + column.values().length + " values for " + n + " areas");
            }
        });
        requireLength(population == null ? n : population.length, n, "population");
        requireLength(youngPeople == null ? n : youngPeople.length, n, "youngPeople");
        requireLength(approximateBoundary == null ? n : approximateBoundary.length, n, "approximateBoundary");
        requireLength(eligible == null ? n : eligible.length, n, "eligible");
        requireLength(groups == null ? n : groups.size(), n, "groups");
        groups = groups == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
    }

    /** Every area eligible, one smoothing group. */
    public ScoringInput(String level, List<String> codes, Map<String, IndicatorColumn> columns, double[] population,
                        double[] youngPeople, boolean[] approximateBoundary, Map<String, Double> nationalValues) {
        this(level, codes, columns, population, youngPeople, approximateBoundary, nationalValues, null, null);
    }

    public int size() {
        return codes.size();
    }

    /** Whether area {@code i} may be ranked. */
    public boolean isEligible(int i) {
        return eligible == null || eligible[i];
    }

    /** Group index per area (0-based, in order of first appearance) and the number of groups; all 0 without groups. */
    int[] groupIndex() {
        int[] index = new int[size()];
        if (groups == null) {
            return index;
        }
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < index.length; i++) {
            index[i] = seen.computeIfAbsent(String.valueOf(groups.get(i)), g -> seen.size());
        }
        return index;
    }

    private static void requireLength(int actual, int expected, String name) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has " + actual + " entries for " + expected + " areas");
        }
    }
}
