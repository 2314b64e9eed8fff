package nl.pmg.planner.indicator;

import java.util.List;

/**
 * A source variable in {@code geodata/variables_<level>.csv}. A blank cell is SUPPRESSED at the
 * levels in {@code suppressedWhenBlank} (CBS withholds small numbers there) and MISSING elsewhere;
 * values at {@code derivedAtLevels} were computed by the data build (e.g. wijk sums of buurten).
 */
public record Variable(String id, List<String> levels, String label, String unit, String source, String year,
        List<String> suppressedWhenBlank, List<String> derivedAtLevels, String note) {

    boolean suppressedWhenBlankAt(String level) {
        return suppressedWhenBlank != null && suppressedWhenBlank.contains(level);
    }

    boolean derivedAt(String level) {
        return derivedAtLevels != null && derivedAtLevels.contains(level);
    }
}
