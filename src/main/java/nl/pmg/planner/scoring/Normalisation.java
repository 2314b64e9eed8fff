package nl.pmg.planner.scoring;

/**
 * How an indicator's values are put on a common scale, per run (the parameters come from the areas being
 * scored). The engine negates "lower is riskier" indicators, and their national reference, before
 * normalising, so every method yields "higher is riskier"; all four methods are built so that this
 * negation works exactly (for percentile ranks, through average ranks for ties).
 */
public enum Normalisation {

    /** {@code 100 · (x − min) / (max − min)}: 0 for the least risky area, 100 for the riskiest. */
    MIN_MAX {
        @Override
        void apply(double[] values, double reference) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            double range = max - min;
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    values[i] = range > 0 ? 100 * (values[i] - min) / range : 50;
                }
            }
        }
    },

    /** {@code (x − mean) / sd} with the population standard deviation (divisor m), in standard deviations. */
    Z_SCORE {
        @Override
        void apply(double[] values, double reference) {
            int m = 0;
            double sum = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    m++;
                    sum += v;
                }
            }
            double mean = sum / m;
            double squares = 0;
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            double sd = Math.sqrt(squares / m);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i])) {
                    values[i] = sd > 0 ? (values[i] - mean) / sd : 0;
                }
            }
        }
    },

    /** Percentile rank 0–100 with average ranks for ties (see {@link Ranking#percentileRanks}); unit-free and outlier-proof. */
    PERCENTILE_RANK {
        @Override
        void apply(double[] values, double reference) {
            double[] ranks = Ranking.percentileRanks(values);
            System.arraycopy(ranks, 0, values, 0, values.length);
        }
    },

    /**
     * {@code 100 · (x − national) / |national|}: per cent above the national reference value. Needs a
     * non-zero reference; the only method whose result does not depend on which areas are in the run.
     */
    DISTANCE_TO_NATIONAL {
        @Override
        void apply(double[] values, double reference) {
            double scale = 100 / Math.abs(reference);
            for (int i = 0; i < values.length; i++) {
                values[i] = (values[i] - reference) * scale;
            }
        }

        @Override
        boolean needsReference() {
            return true;
        }
    };

    /**
     * Normalises, in place, values that are already oriented so that higher is riskier; {@code NaN} stays
     * {@code NaN}. The engine drops indicators without variation before calling this; the fallbacks for a
     * constant column (50, 0, 50) only keep the method total.
     *
     * @param reference the oriented national value; used only by {@link #DISTANCE_TO_NATIONAL}
     */
    abstract void apply(double[] values, double reference);

    /** Whether {@link #apply} needs a finite, non-zero national reference value. */
    boolean needsReference() {
        return false;
    }
}
