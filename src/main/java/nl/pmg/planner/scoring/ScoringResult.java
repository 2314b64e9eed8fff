package nl.pmg.planner.scoring;

import java.util.List;

/**
 * The outcome of one scoring run for one level.
 *
 * @param areas             one entry per input area, in input order (sort by {@link AreaScore#rank()} to list)
 * @param warnings          every decision the engine took that changes what the score means: indicators or
 *                          domains left out, fallbacks from imputation to re-weighting
 * @param indicatorsUsed    framework indicators that entered the score, in framework order
 * @param indicatorsDropped framework indicators that did not, in framework order; the reason is in warnings
 * @param frameworkId       id of the framework used, so a stored result can be traced to its weights
 * @param frameworkVersion  version of that framework
 * @param options           the options used
 * @param effectiveWeights  indicator id → its share (0–1) of the score at this level, after dropped indicators and
 *                          domains handed their weight on, before any per-area re-weighting; in framework order,
 *                          summing to 1 (empty when nothing was usable). METHOD.md §2.3 is this table.
 */
public record ScoringResult(String level, List<AreaScore> areas, List<String> warnings, List<String> indicatorsUsed,
                            List<String> indicatorsDropped, String frameworkId, String frameworkVersion,
                            ScoringOptions options, java.util.Map<String, Double> effectiveWeights) {

    public ScoringResult {
        areas = areas instanceof AreaScores ? areas : List.copyOf(areas); // already immutable, built on demand
        warnings = List.copyOf(warnings);
        indicatorsUsed = List.copyOf(indicatorsUsed);
        indicatorsDropped = List.copyOf(indicatorsDropped);
        effectiveWeights = effectiveWeights == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effectiveWeights));
    }

    /** A result without effective weights (e.g. parents aggregated from children). */
    public ScoringResult(String level, List<AreaScore> areas, List<String> warnings, List<String> indicatorsUsed,
                         List<String> indicatorsDropped, String frameworkId, String frameworkVersion,
                         ScoringOptions options) {
        this(level, areas, warnings, indicatorsUsed, indicatorsDropped, frameworkId, frameworkVersion, options, null);
    }
}
