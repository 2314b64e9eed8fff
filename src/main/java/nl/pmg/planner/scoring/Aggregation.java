package nl.pmg.planner.scoring;

/**
 * How normalised indicators combine into a domain score and domain scores into the index. The same rule
 * applies at both levels. Both are weighted means, computed in a "working space" (identity for the
 * arithmetic mean, natural log for the geometric mean), which is what lets the contribution of each
 * indicator be stated exactly.
 */
public enum Aggregation {

    /** Weighted arithmetic mean: fully compensatory, a low value in one indicator is offset by a high one. */
    ARITHMETIC {
        @Override
        void prepare(double[] normalised) {
            // Normalised values are used as they are.
        }

        @Override
        double toWorkingSpace(double x) {
            return x;
        }

        @Override
        double fromWorkingSpace(double t) {
            return t;
        }
    },

    /**
     * Weighted geometric mean: less compensatory, an area must score high on several indicators to score
     * high overall. It needs strictly positive inputs, so {@link #prepare} first maps each indicator's
     * normalised values linearly onto [1, 100] (lowest area → 1, highest → 100). Consequence, stated
     * openly: MIN_MAX, Z_SCORE and DISTANCE_TO_NATIONAL are all linear in the value, so under GEOMETRIC
     * they give identical results; only PERCENTILE_RANK differs.
     */
    GEOMETRIC {
        @Override
        void prepare(double[] normalised) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : normalised) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            double range = max - min;
            for (int i = 0; i < normalised.length; i++) {
                if (!Double.isNaN(normalised[i])) {
                    normalised[i] = range > 0 ? 1 + 99 * (normalised[i] - min) / range : FLOOR_TO_CEILING_MIDPOINT;
                }
            }
        }

        @Override
        double toWorkingSpace(double x) {
            return Math.log(x);
        }

        @Override
        double fromWorkingSpace(double t) {
            return Math.exp(t);
        }
    };

    private static final double FLOOR_TO_CEILING_MIDPOINT = 50.5;

    /** Makes normalised values fit for this aggregation, in place. */
    abstract void prepare(double[] normalised);

    /** x → the space where the aggregation is a plain weighted sum. */
    abstract double toWorkingSpace(double x);

    /** Inverse of {@link #toWorkingSpace}. */
    abstract double fromWorkingSpace(double t);
}
