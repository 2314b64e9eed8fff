package nl.pmg.planner.indicator;

import java.util.List;

/**
 * A catalogue entry: what is measured, in which unit, from which source and year, at which
 * levels, and whether a higher value means more risk ({@code higher_is_riskier}), less
 * ({@code lower_is_riskier}) or neither ({@code neutral}, context figures such as population).
 */
public record Indicator(String id, String labelNl, String labelEn, String definition, String unit, String unitNl,
        String source, String year, List<String> levels, String direction, Method method) {
}
