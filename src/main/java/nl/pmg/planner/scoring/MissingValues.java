package nl.pmg.planner.scoring;

/**
 * Explicit treatment of missing values. Re-weighting needs no preparation (a missing value stays
 * {@code NaN} and the aggregation skips it); imputation fills from the parent area and remembers where.
 */
final class MissingValues {

    private MissingValues() {
    }

    /**
     * Marks suppressed values as missing, in place, whatever the source put in them.
     *
     * @return whether any value was suppressed
     */
    static boolean applySuppression(double[] values, boolean[] suppressed) {
        if (suppressed == null) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < values.length; i++) {
            if (suppressed[i]) {
                values[i] = Double.NaN;
                any = true;
            }
        }
        return any;
    }

    /**
     * Fills, in place, each missing value with the parent's value where that is known.
     *
     * @return per area whether the value was imputed; {@code null} if none was
     */
    static boolean[] imputeFromParent(double[] values, double[] parentValues) {
        boolean[] imputed = null;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i]) && Double.isFinite(parentValues[i])) {
                if (imputed == null) {
                    imputed = new boolean[values.length];
                }
                values[i] = parentValues[i];
                imputed[i] = true;
            }
        }
        return imputed;
    }
}
