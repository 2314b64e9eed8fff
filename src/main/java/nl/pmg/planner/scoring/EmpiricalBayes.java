package nl.pmg.planner.scoring;

import java.util.Arrays;

/**
 * Empirical-Bayes smoothing of rates (after Marshall 1991), local and robust. A rate from a small denominator is
 * mostly noise: a buurt of 40 inhabitants with 3 incidents has 75 per 1,000, but one incident more or less moves
 * it by 25. The estimator pulls each rate towards its group's rate (for wijken and buurten: their own gemeente's)
 * by an amount that grows as the area's denominator shrinks, and leaves large areas nearly untouched.
 *
 * <pre>
 *   r_i = x_i / n_i                        raw rate of area i (per person)
 *   m_g = Σ_g x / Σ_g n                    rate of group g (the gemeente); the overall rate for a group of one
 *   d_i = r_i − m_g(i)                     deviation from the own group
 *   v_i = m_g(i) / n_i                     sampling variance of r_i (Poisson)
 *   A   = max(0, (1.4826 · median|d_i|)² − median v_i)   between-area variance, robust
 *   C_i = A / (A + v_i)                    weight of the area's own rate
 *   θ_i = m_g + C_i (r_i − m_g)            smoothed rate
 * </pre>
 *
 * Marshall's moment estimator takes the between-area variance from the population-weighted variance of the
 * raw rates, so a handful of extreme places (a station with 1,400 crimes per 1,000) inflate it and every small
 * area then keeps nearly its raw rate. The median absolute deviation (scaled by 1.4826 to estimate a standard
 * deviation) is not moved by a few extremes; the median sampling variance is subtracted for the same reason.
 */
final class EmpiricalBayes {

    /** Shrinkage at or above which an area is flagged SMOOTHED: its value moved at least 10 % towards m_g. */
    static final double MATERIAL_SHRINKAGE = 0.10;

    /** Scales a median absolute deviation to a standard deviation under normality. */
    static final double MAD_TO_SD = 1.4826;

    private EmpiricalBayes() {
    }

    /**
     * Replaces, in place, each value that has a usable count ({@code value} not missing, numerator finite
     * and {@code >= 0}, denominator {@code > 0}) by its smoothed rate × {@code rateScale}. Other values are
     * left as they are.
     *
     * @param group group index per area ({@link ScoringInput#groupIndex()}); all 0 for one group
     * @return per area whether the shrinkage {@code 1 − C_i} reached {@link #MATERIAL_SHRINKAGE};
     *         {@code null} when fewer than two areas had usable counts or no events were counted
     */
    static boolean[] smooth(double[] values, double[] numerators, double[] denominators, double rateScale, int[] group) {
        int n = values.length;
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        double[] events = new double[groups];
        double[] exposure = new double[groups];
        int[] count = new int[groups];
        int k = 0;
        double allEvents = 0;
        double allExposure = 0;
        for (int i = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                k++;
                events[group[i]] += numerators[i];
                exposure[group[i]] += denominators[i];
                count[group[i]]++;
                allEvents += numerators[i];
                allExposure += denominators[i];
            }
        }
        if (k < 2 || allEvents == 0) {
            return null;
        }
        double overall = allEvents / allExposure;
        double[] mean = new double[groups];
        for (int g = 0; g < groups; g++) {
            mean[g] = count[g] >= 2 ? events[g] / exposure[g] : overall;
        }
        double[] deviation = new double[k];
        double[] sampling = new double[k];
        for (int i = 0, j = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                double m = mean[group[i]];
                deviation[j] = Math.abs(numerators[i] / denominators[i] - m);
                sampling[j++] = m / denominators[i];
            }
        }
        double spread = MAD_TO_SD * median(deviation);
        double a = Math.max(0, spread * spread - median(sampling));
        boolean[] flagged = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (usable(values[i], numerators[i], denominators[i])) {
                double m = mean[group[i]];
                double v = m / denominators[i];
                double c = a + v > 0 ? a / (a + v) : 1;
                double rate = numerators[i] / denominators[i];
                values[i] = (m + c * (rate - m)) * rateScale;
                flagged[i] = 1 - c >= MATERIAL_SHRINKAGE;
            }
        }
        return flagged;
    }

    /** One group: every area shrinks towards the overall rate. */
    static boolean[] smooth(double[] values, double[] numerators, double[] denominators, double rateScale) {
        return smooth(values, numerators, denominators, rateScale, new int[values.length]);
    }

    /** Median of the values (sorted in place); the mean of the middle two for an even count. */
    static double median(double[] values) {
        Arrays.sort(values);
        int m = values.length;
        return m % 2 == 1 ? values[m / 2] : (values[m / 2 - 1] + values[m / 2]) / 2;
    }

    private static boolean usable(double value, double numerator, double denominator) {
        return !Double.isNaN(value) && Double.isFinite(numerator) && numerator >= 0
                && Double.isFinite(denominator) && denominator > 0;
    }
}
