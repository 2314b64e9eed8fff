package nl.pmg.planner.scoring;

/**
 * Marshall's (1991) global empirical-Bayes estimator for rates. A rate from a small denominator is mostly
 * noise: a buurt of 40 inhabitants with 3 incidents has 75 per 1,000, but one incident more or less moves
 * it by 25. The estimator pulls each rate towards the overall rate by an amount that grows as the area's
 * denominator shrinks, and leaves large areas nearly untouched.
 *
 * <pre>
 *   r_i = x_i / n_i                       raw rate of area i (per person)
 *   m   = Σx / Σn                         overall rate
 *   s²  = Σ n_i (r_i − m)² / Σn            population-weighted variance of the raw rates
 *   A   = max(0, s² − m / n̄)              between-area variance, n̄ = Σn / k
 *   C_i = A / (A + m / n_i)               weight of the area's own rate
 *   θ_i = m + C_i (r_i − m)               smoothed rate
 * </pre>
 */
final class EmpiricalBayes {

    /** Shrinkage at or above which an area is flagged SMOOTHED: its value moved at least 10 % towards m. */
    static final double MATERIAL_SHRINKAGE = 0.10;

    private EmpiricalBayes() {
    }

    /**
     * Replaces, in place, each value that has a usable count ({@code value} not missing, numerator finite
     * and {@code >= 0}, denominator {@code > 0}) by its smoothed rate × {@code rateScale}. Other values are
     * left as they are.
     *
     * @return per area whether the shrinkage {@code 1 − C_i} reached {@link #MATERIAL_SHRINKAGE};
     *         {@code null} when fewer than two areas had usable counts or no events were counted
     */
    static boolean[] smooth(double[] values, double[] numerators, double[] denominators, double rateScale) {
        int n = values.length;
        int k = 0;
        double events = 0;
        double exposure = 0;
        for (int i = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                k++;
                events += numerators[i];
                exposure += denominators[i];
            }
        }
        if (k < 2 || events == 0) {
            return null;
        }
        double m = events / exposure;
        double weightedSquares = 0;
        for (int i = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                double d = numerators[i] / denominators[i] - m;
                weightedSquares += denominators[i] * d * d;
            }
        }
        double s2 = weightedSquares / exposure;
        double meanDenominator = exposure / k;
        double a = Math.max(0, s2 - m / meanDenominator);
        boolean[] flagged = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                double c = a / (a + m / denominators[i]);
                double rate = numerators[i] / denominators[i];
                values[i] = (m + c * (rate - m)) * rateScale;
                flagged[i] = 1 - c >= MATERIAL_SHRINKAGE;
            }
        }
        return flagged;
    }

    private static boolean usable(double value, double numerator, double denominator) {
        return !Double.isNaN(value) && Double.isFinite(numerator) && numerator >= 0
                && Double.isFinite(denominator) && denominator > 0;
    }
}
