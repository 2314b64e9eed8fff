package nl.pmg.planner.uncertainty;

import java.util.List;

/**
 * How often each municipality is selected when the index's weights, normalisation and aggregation are
 * drawn at random around the chosen ones. {@code stableCore}: selected in at least 90 % of the completed
 * draws; {@code marginal}: in at least 10 % and less than 90 %. {@code status} is {@code COMPLETED} or
 * {@code CANCELLED} (frequencies then cover the completed draws only). {@code dataVintage} and
 * {@code indicatorsFromLaterYears} as in {@link Selection}.
 */
record UncertaintyResult(String status, int draws, int completed, long seed, double concentration,
        List<String> normalisations, List<String> aggregations, List<String> baseSelection,
        List<AreaFrequency> areas, List<String> stableCore, List<String> marginal, int infeasibleDraws,
        double millis, String dataVintage, List<String> indicatorsFromLaterYears) {

    /** One municipality selected in at least one draw. */
    record AreaFrequency(String code, String name, double frequency, boolean inBaseSelection) {
    }
}
