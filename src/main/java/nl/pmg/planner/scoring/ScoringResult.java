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
 */
public record ScoringResult(String level, List<AreaScore> areas, List<String> warnings, List<String> indicatorsUsed,
                            List<String> indicatorsDropped, String frameworkId, String frameworkVersion,
                            ScoringOptions options) {

    public ScoringResult {
        areas = areas instanceof AreaScores ? areas : List.copyOf(areas); // already immutable, built on demand
        warnings = List.copyOf(warnings);
        indicatorsUsed = List.copyOf(indicatorsUsed);
        indicatorsDropped = List.copyOf(indicatorsDropped);
    }
}
