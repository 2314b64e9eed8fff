package nl.pmg.planner.scoring;

/**
 * One indicator after pre-processing, normalisation and orientation, ready to aggregate. Flag arrays are
 * {@code null} when no area has that flag, so a clean indicator costs no extra memory.
 *
 * @param domain  index of its domain in the framework
 * @param weight  the framework weight (not yet re-normalised)
 * @param values  aggregation-ready values, higher is riskier; {@code NaN} where missing
 * @param atFlagPercentile per area whether the area is at or above the flag percentile for this indicator
 */
record PreparedIndicator(String indicatorId, int domain, double weight, double[] values,
                         boolean[] imputed, boolean[] smoothed, boolean[] suppressed, boolean[] atFlagPercentile,
                         boolean[] fromParent) {

    static boolean at(boolean[] flags, int area) {
        return flags != null && flags[area];
    }
}
