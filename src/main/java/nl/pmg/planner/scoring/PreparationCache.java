package nl.pmg.planner.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What does not change when only the weights change: an indicator's prepared column (smoothed, imputed,
 * ranked, winsorised, normalised, flagged) for one input column, direction, reference value and set of
 * options. Calibration, sensitivity and uncertainty rescore the nation thousands of times with other
 * weights on the same columns; they then pay for the aggregation only.
 *
 * <p>Keyed on the column record, whose arrays compare by identity: a column the caller built anew is a new
 * entry (hence {@link IndicatorColumn}'s rule that its arrays are not changed once handed over). Least
 * recently used entries go first once the entries together count more than {@value #BUDGET_CELLS} cells
 * (three per area: the prepared values and the column they were made from; about 32 MB), so a stream of one-off columns (imported indicators, perturbed data) cannot grow it.
 * Thread-safe; a preparation runs outside the lock, so two threads may both compute a missing entry.
 */
final class PreparationCache {

    static final long BUDGET_CELLS = 4_000_000;

    private record Key(IndicatorColumn column, Direction direction, double reference, ScoringOptions options,
                       boolean keepConstant) {
    }

    /** The prepared column without its place in a framework (domain, weight), or null with the reasons. */
    private record Entry(PreparedIndicator prepared, List<String> warnings, boolean constant) {
    }

    private static final Map<Key, Entry> ENTRIES = new LinkedHashMap<>(64, 0.75f, true);
    private static long cells;

    private PreparationCache() {
    }

    /** Same contract as {@link IndicatorPreparation#prepare}, for the indicator's domain and weight. */
    static PreparedIndicator prepare(FrameworkIndicator indicator, int domain, IndicatorColumn column,
                                     ScoringInput input, ScoringOptions options, List<String> warnings,
                                     boolean keepConstant, boolean[] constant) {
        Double national = options.normalisation().needsReference() ? input.nationalValues().get(indicator.indicatorId()) : null;
        Key key = new Key(column, indicator.direction(), national == null ? Double.NaN : national, options,
                keepConstant);
        Entry entry;
        synchronized (ENTRIES) {
            entry = ENTRIES.get(key);
        }
        if (entry == null) {
            List<String> reasons = new ArrayList<>(0);
            boolean[] wasConstant = new boolean[1];
            PreparedIndicator prepared = IndicatorPreparation.prepare(indicator, 0, column, input, options, reasons,
                    keepConstant, wasConstant);
            entry = new Entry(prepared, List.copyOf(reasons), wasConstant[0]);
            put(key, entry, 3L * column.values().length);
        }
        warnings.addAll(entry.warnings());
        constant[0] |= entry.constant();
        PreparedIndicator p = entry.prepared();
        return p == null ? null : new PreparedIndicator(p.indicatorId(), domain, indicator.weight(), p.values(),
                p.imputed(), p.smoothed(), p.suppressed(), p.atFlagPercentile(), p.fromParent());
    }

    private static void put(Key key, Entry entry, long size) {
        synchronized (ENTRIES) {
            if (ENTRIES.put(key, entry) == null) {
                cells += size;
            }
            var it = ENTRIES.entrySet().iterator();
            while (cells > BUDGET_CELLS && it.hasNext()) {
                cells -= 3L * it.next().getKey().column().values().length;
                it.remove();
            }
        }
    }
}
