package nl.pmg.planner.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The matrix of areas × indicators for one level. Every array is aligned with {@code codes}.
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
 * @throws IllegalArgumentException on duplicate codes, misaligned arrays, or a column filed under another id
 */
public record ScoringInput(String level, List<String> codes, Map<String, IndicatorColumn> columns,
                           double[] population, double[] youngPeople, boolean[] approximateBoundary,
                           Map<String, Double> nationalValues) {

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
    }

    public int size() {
        return codes.size();
    }

    private static void requireLength(int actual, int expected, String name) {
        if (actual != expected) {
            throw new IllegalArgumentException(name + " has " + actual + " entries for " + expected + " areas");
        }
    }
}
