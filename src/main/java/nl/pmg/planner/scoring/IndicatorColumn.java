package nl.pmg.planner.scoring;

/**
 * One indicator's values for every area of a level, aligned with {@link ScoringInput#codes()}.
 *
 * <p>Arrays are used as given, not copied, because a national buurt run holds about 15,000 values per
 * indicator; the engine never writes to them and the caller must not change them once the column is handed to the engine
 * (the engine keeps what it prepared from a column, keyed on its arrays' identity).
 *
 * @param indicatorId  catalogue id; must equal the key under which the column is put in the input
 * @param values       one value per area in the indicator's own unit; missing is {@code NaN}, never 0
 * @param numerators   event counts for a rate eligible for empirical-Bayes smoothing, else {@code null}
 * @param denominators population at risk for that rate (same length), else {@code null}
 * @param rateScale    {@code value = numerator / denominator × rateScale}, e.g. 1000 for "per 1,000";
 *                     ignored when there are no numerators
 * @param parentValues the parent area's value of the same indicator, for
 *                     {@link MissingPolicy#IMPUTE_PARENT}; {@code null} when unknown
 * @param suppressed   {@code true} where the source withheld the value; such a value counts as missing
 *                     whatever {@code values} holds; {@code null} means nothing was withheld
 * @param fromParent   {@code true} where the value is the parent area's (a buurt takes its wijk's figure where
 *                     it has none of its own): a declared input, not a repair, so it counts for coverage, but
 *                     it is flagged {@link QualityFlag#FROM_PARENT} and never earns a p90 flag; {@code null}
 *                     means every value is the area's own
 * @throws IllegalArgumentException if arrays differ in length, a value is infinite, only one of numerators
 *                                  and denominators is given, or rateScale is not positive for a rate
 */
public record IndicatorColumn(String indicatorId, double[] values, double[] numerators, double[] denominators,
                              double rateScale, double[] parentValues, boolean[] suppressed, boolean[] fromParent) {

    public IndicatorColumn {
        if (indicatorId == null || indicatorId.isBlank()) {
            throw new IllegalArgumentException("indicatorId must not be blank");
        }
        if (values == null) {
            throw new IllegalArgumentException(indicatorId + ": values must not be null");
        }
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(indicatorId + ": values must be finite or NaN");
            }
        }
        if ((numerators == null) != (denominators == null)) {
            throw new IllegalArgumentException(indicatorId + ": give both numerators and denominators, or neither");
        }
        if (numerators != null && !(rateScale > 0 && Double.isFinite(rateScale))) {
            throw new IllegalArgumentException(indicatorId + ": rateScale must be positive, was " + rateScale);
        }
        int n = values.length;
        requireLength(numerators == null ? n : numerators.length, n, indicatorId, "numerators");
        requireLength(denominators == null ? n : denominators.length, n, indicatorId, "denominators");
        requireLength(parentValues == null ? n : parentValues.length, n, indicatorId, "parentValues");
        requireLength(suppressed == null ? n : suppressed.length, n, indicatorId, "suppressed");
        requireLength(fromParent == null ? n : fromParent.length, n, indicatorId, "fromParent");
    }

    /** A column whose values are all the area's own. */
    public IndicatorColumn(String indicatorId, double[] values, double[] numerators, double[] denominators,
                           double rateScale, double[] parentValues, boolean[] suppressed) {
        this(indicatorId, values, numerators, denominators, rateScale, parentValues, suppressed, null);
    }

    /** A plain indicator: values only. */
    public static IndicatorColumn of(String indicatorId, double[] values) {
        return new IndicatorColumn(indicatorId, values, null, null, 1, null, null, null);
    }

    /** A rate with its counts, so that small denominators can be smoothed. */
    public IndicatorColumn withRate(double[] numerators, double[] denominators, double rateScale) {
        return new IndicatorColumn(indicatorId, values, numerators, denominators, rateScale, parentValues, suppressed,
                fromParent);
    }

    public IndicatorColumn withParentValues(double[] parentValues) {
        return new IndicatorColumn(indicatorId, values, numerators, denominators, rateScale, parentValues, suppressed,
                fromParent);
    }

    public IndicatorColumn withSuppressed(boolean[] suppressed) {
        return new IndicatorColumn(indicatorId, values, numerators, denominators, rateScale, parentValues, suppressed,
                fromParent);
    }

    /** Marks the values taken from the parent area (see {@code fromParent}). */
    public IndicatorColumn withFromParent(boolean[] fromParent) {
        return new IndicatorColumn(indicatorId, values, numerators, denominators, rateScale, parentValues, suppressed,
                fromParent);
    }

    /** Whether counts are present, i.e. whether empirical-Bayes smoothing can apply. */
    public boolean isRate() {
        return numerators != null;
    }

    private static void requireLength(int actual, int expected, String id, String name) {
        if (actual != expected) {
            throw new IllegalArgumentException(id + ": " + name + " has " + actual + " entries, values has " + expected);
        }
    }
}
